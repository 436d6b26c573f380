/**
 * Said on every pull request the tool opens: GitHub starts no workflow for
 * events GITHUB_TOKEN causes, so a pull request it opens gets no checks,
 * and a required check then blocks the merge with nothing to say why.
 */
export const GITHUB_TOKEN_CHECKS_NOTE =
  "> Opened with the workflow's `GITHUB_TOKEN`? GitHub starts no workflow for it, so no check runs here until someone pushes to the branch, and a required check blocks the merge until then. Run the step with a GitHub App token (`actions/create-github-app-token`) and its pull requests get their checks.";

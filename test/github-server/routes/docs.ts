/** Each operation's documentation_url, as GitHub puts it in that operation's error bodies. */
export const DOC = {
  getUser: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
  rateLimit: 'https://docs.github.com/rest/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user',
  getRepo: 'https://docs.github.com/rest/repos/repos#get-a-repository',
  listIssues: 'https://docs.github.com/rest/issues/issues#list-repository-issues',
  createIssue: 'https://docs.github.com/rest/issues/issues#create-an-issue',
  getIssue: 'https://docs.github.com/rest/issues/issues#get-an-issue',
  updateIssue: 'https://docs.github.com/rest/issues/issues#update-an-issue',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  getComment: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  listLabels: 'https://docs.github.com/rest/issues/labels#list-labels-for-a-repository',
  getLabel: 'https://docs.github.com/rest/issues/labels#get-a-label',
  createLabel: 'https://docs.github.com/rest/issues/labels#create-a-label',
} as const;

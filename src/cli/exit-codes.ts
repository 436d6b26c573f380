/** Exit codes, as ajv-cli and most linters use them. */
export const EXIT_OK = 0;
/** Findings at or above the failing severity. */
export const EXIT_FINDINGS = 1;
/** The command was used wrongly, or the config cannot be used. */
export const EXIT_USAGE = 2;

// The part of markdownlint-cli2's API the editor test uses (the package ships no types).
declare module 'markdownlint-cli2' {
  export function main(params: {
    directory?: string;
    argv?: readonly string[];
    fileContents?: Record<string, string>;
    logMessage?: (line: string) => void;
    logError?: (line: string) => void;
  }): Promise<number>;
}

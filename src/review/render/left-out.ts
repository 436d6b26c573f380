import { listSome } from '../../core/describe';

/** Files named in the note before it counts the rest. */
const FILES_NAMED = 10;

/** The note on the files a review leaves out, the same in the CLI and the Action. */
export function leftOutNote(skipped: readonly string[]): string {
  const more = skipped.length > FILES_NAMED ? " ('incidents validate' names each)" : '';
  return `${skipped.length} incident file(s) that cannot be read or have errors in their frontmatter are left out of the review: ${listSome(skipped, FILES_NAMED)}${more}`;
}

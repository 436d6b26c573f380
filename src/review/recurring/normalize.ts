/** A character or word that each replace of plainTitle needs to find anything. */
const MARKUP = /[[<*_`~#-]|https?:|todo|fixme|tbd/i;

/**
 * A follow-up title as words, without the markup real trackers add around
 * them: links keep their text, URLs, ticket keys and checkboxes go, and a
 * bold lead-in that only labels the item ("**Detect:**") is dropped.
 */
export function plainTitle(title: string): string {
  // Most titles are plain words: none of what the replaces below look for is in them.
  if (!MARKUP.test(title)) return title;
  return (
    title
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\bhttps?:\/\/\S+/gi, ' ')
      .replace(/^\s*(?:[-*+]\s+)?\[[ xX]\]\s*/, '')
      // A bold label of up to three words ending in a colon: "**Detect:** page ...".
      .replace(/^\s*\*\*\s*[^*\s]+(?:\s+[^*\s]+){0,2}\s*:\s*\*\*\s*:?/, ' ')
      .replace(/^\s*\*\*\s*[^*\s]+(?:\s+[^*\s]+){0,2}\s*\*\*\s*:/, ' ')
      .replace(/^\s*(?:todo|fixme|tbd)\b\s*:?/i, ' ')
      // Ticket keys (PAY-2211) and issue references (#123) name the tracker, not the remediation.
      .replace(/\b[A-Z][A-Z0-9]{1,9}-\d+\b/g, ' ')
      .replace(/(^|\s)#\d+\b/g, ' ')
      .replace(/[*_`~]/g, ' ')
  );
}

/** Words in order, lower-cased; a camelCase or kebab-case name gives its parts. */
export function words(title: string): string[] {
  return plainTitle(title)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && !/^\d+$/.test(w));
}

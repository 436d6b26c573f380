/**
 * One incident from a stream (standard input: `incidents validate -`), read
 * no further than the size limit of a file: past it, only how much was seen.
 */
export async function readStreamBounded(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += bytes.length;
    if (size > limit) return { tooLarge: size };
    chunks.push(bytes);
  }
  return { bytes: Buffer.concat(chunks, size) };
}

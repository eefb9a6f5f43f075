import iconv from "iconv-lite";

/** How a batch file's bytes are read: UTF-8, GB18030 (GBK is a part of it), or decided by the bytes. */
export type BatchEncoding = "auto" | "utf8" | "gb18030" | "gbk";

interface Decoder {
  write(bytes: Buffer): string;
  end(): string | undefined;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function utf8Decoder(): Decoder {
  // Bytes that are not UTF-8 become U+FFFD, which the batch reports row by row; a BOM is dropped.
  const decoder = new TextDecoder("utf-8");
  return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
}

/** True when the bytes are UTF-8 as far as they go (a character cut at the end of the chunk is fine). */
function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * True when bytes that are not UTF-8 read as GB18030 text: decoded as UTF-8, they give more broken
 * characters than whole ones. A UTF-8 file with one stray GBK cell stays UTF-8 (that row is reported);
 * a GBK file's Chinese is nearly all broken as UTF-8.
 */
function looksGb18030(bytes: Buffer): boolean {
  if (isUtf8(bytes)) return false;
  let broken = 0;
  let whole = 0;
  for (const char of new TextDecoder("utf-8").decode(bytes, { stream: true })) {
    if (char === "\uFFFD") broken += 1;
    else if (char > "\u007f") whole += 1;
  }
  return broken > whole;
}

/**
 * The text of a byte stream, decoded as it is read. With `auto`, the first chunk (64 KB of a file)
 * decides: a UTF-8 byte-order mark or valid UTF-8 is read as UTF-8; bytes that are mostly not UTF-8
 * as GB18030, the encoding Chinese Excel saves CSV in (`onGuessed` is told). A file that is ASCII for
 * its first chunk and GBK later, or UTF-8 with a few stray bytes, is read as UTF-8: the rows with
 * bytes that are not UTF-8 report unreadable characters and suggest `--encoding gb18030`.
 */
export async function* decodedText(bytes: AsyncIterable<Buffer | string>, encoding: BatchEncoding, onGuessed: () => void): AsyncGenerator<string> {
  let decoder: Decoder | undefined;
  for await (const chunk of bytes) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (decoder === undefined) {
      const gb18030 = encoding === "gb18030" || encoding === "gbk" || (encoding === "auto" && !buffer.subarray(0, 3).equals(UTF8_BOM) && looksGb18030(buffer));
      if (gb18030 && encoding === "auto") onGuessed();
      decoder = gb18030 ? iconv.getDecoder("gb18030") : utf8Decoder();
    }
    const text = decoder.write(buffer);
    if (text !== "") yield text;
  }
  const rest = decoder?.end() ?? "";
  if (rest !== "") yield rest;
}

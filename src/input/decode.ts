// Bytes -> text. Pure: no I/O, so every encoding rule is testable on a literal Uint8Array.
// Offsets reported here are byte offsets into the bytes given (the BOM included), because that
// is what a user checks with a hex dump; the text returned has the BOM removed, so every later
// offset (sentence start/end) counts from the first real character.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding }
  /** A NUL byte in the first BINARY_SNIFF_BYTES of a file that is not UTF-16 with a BOM. */
  | { kind: 'binary'; offset: number }
  /** offset: the first byte of the first ill-formed sequence. */
  | { kind: 'invalid'; encoding: Encoding; offset: number }
  /** A byte order mark of an encoding that is not read (UTF-32). */
  | { kind: 'unsupported'; encoding: string };

export const BINARY_SNIFF_BYTES = 8192;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00] as const;
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff] as const;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  // UTF-32's byte order marks come first: FF FE 00 00 also starts like UTF-16LE.
  if (startsWith(bytes, UTF32LE_BOM)) return { kind: 'unsupported', encoding: 'UTF-32LE' };
  if (startsWith(bytes, UTF32BE_BOM)) return { kind: 'unsupported', encoding: 'UTF-32BE' };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul !== -1) return { kind: 'binary', offset: nul };
  const bom = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(bom);
  try {
    return { kind: 'text', text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // The decoder only says "invalid"; find where, so the user can go and look.
    return { kind: 'invalid', encoding: 'utf-8', offset: bom + firstInvalidUtf8(body) };
  }
}

/**
 * Index of the first byte of the first ill-formed UTF-8 sequence, or -1 if the bytes are valid.
 * Follows Unicode table 3-7 (well-formed byte sequences), which is what TextDecoder enforces:
 * no overlongs, no surrogates, nothing above U+10FFFF, no truncated sequences.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const shape = utf8Shape(lead);
    if (shape === undefined) return i;
    let [lo, hi] = [shape.lo, shape.hi];
    for (let k = 1; k <= shape.trail; k++) {
      if (i + k >= bytes.length) return i;
      const b = bytes[i + k]!;
      if (b < lo || b > hi) return i;
      [lo, hi] = [0x80, 0xbf];
    }
    i += shape.trail + 1;
  }
  return -1;
}

/** Trailing-byte count and the allowed range of the first trailing byte, for a lead byte >= 0x80. */
function utf8Shape(lead: number): { trail: number; lo: number; hi: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { trail: 1, lo: 0x80, hi: 0xbf };
  if (lead === 0xe0) return { trail: 2, lo: 0xa0, hi: 0xbf };
  if (lead === 0xed) return { trail: 2, lo: 0x80, hi: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { trail: 2, lo: 0x80, hi: 0xbf };
  if (lead === 0xf0) return { trail: 3, lo: 0x90, hi: 0xbf };
  if (lead === 0xf4) return { trail: 3, lo: 0x80, hi: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { trail: 3, lo: 0x80, hi: 0xbf };
  return undefined;
}

/**
 * Where the first NUL byte that makes these bytes binary is, or -1: the rule of decode() on the
 * first bytes of a stream, so that `/dev/zero` is found binary without reading it to the end.
 */
export function binaryOffset(head: Uint8Array): number {
  const d = decode(head.subarray(0, BINARY_SNIFF_BYTES));
  return d.kind === 'binary' ? d.offset : -1;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  // Big-endian is swapped to little-endian by hand: Node builds without full ICU lack 'utf-16be'.
  const body = encoding === 'utf-16le' ? bytes.subarray(2) : swapPairs(bytes.subarray(2));
  const bad = firstInvalidUtf16le(body);
  if (bad !== -1) return { kind: 'invalid', encoding, offset: 2 + bad };
  return { kind: 'text', text: utf16le.decode(body), encoding };
}

/** Byte index of the first unpaired surrogate or dangling odd byte, or -1. */
function firstInvalidUtf16le(bytes: Uint8Array): number {
  const units = Math.floor(bytes.length / 2);
  for (let u = 0; u < units; u++) {
    const unit = bytes[2 * u]! | (bytes[2 * u + 1]! << 8);
    if (unit >= 0xdc00 && unit <= 0xdfff) return 2 * u;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = u + 1 < units ? bytes[2 * u + 2]! | (bytes[2 * u + 3]! << 8) : -1;
      if (next < 0xdc00 || next > 0xdfff) return 2 * u;
      u += 1;
    }
  }
  return bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  if (bytes.length % 2 === 1) out[bytes.length - 1] = bytes[bytes.length - 1]!;
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * Record framing shared by the journal and the snapshot: [u32 length][u32 crc32][BSON payload],
 * little-endian. A CRC per record tells a torn tail (the process died mid-append) from data.
 */
import { crc32 } from 'node:zlib';
import { deserialize, serialize } from 'bson';
import type { Document } from './types';

const HEADER = 8;

export function encodeFrame(record: Document): Buffer {
  const payload = serialize(record);
  const frame = Buffer.allocUnsafe(HEADER + payload.length);
  frame.writeUInt32LE(payload.length, 0);
  frame.writeUInt32LE(crc32(payload), 4);
  frame.set(payload, HEADER);
  return frame;
}

export interface DecodedFrames {
  records: Document[];
  /** Bytes of intact records from the start; anything after is a torn or corrupt last record. */
  validLength: number;
}

/** The smallest BSON document (`{}`) is 5 bytes. */
const MIN_PAYLOAD = 5;

/** Whether an intact frame (its length fits and its checksum matches) starts at `offset`. */
function intactFrameAt(buffer: Buffer, offset: number): boolean {
  if (buffer.length - offset < HEADER + MIN_PAYLOAD) return false;
  const end = offset + HEADER + buffer.readUInt32LE(offset);
  if (end > buffer.length || end - offset - HEADER < MIN_PAYLOAD) return false;
  return crc32(buffer.subarray(offset + HEADER, end)) === buffer.readUInt32LE(offset + 4);
}

/**
 * Decodes consecutive frames. A bad frame is taken for a torn tail (a crash during the last
 * append) only when no intact frame follows it anywhere: a damaged length field in the middle of
 * the file would otherwise pass for a torn tail and silently drop every record after it.
 */
export function decodeFrames(buffer: Buffer, source: string): DecodedFrames {
  const records: Document[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    if (!intactFrameAt(buffer, offset)) {
      for (let next = offset + 1; next < buffer.length; next++) {
        if (intactFrameAt(buffer, next)) {
          throw new Error(
            `${source} is corrupt: the record at byte ${offset} is damaged and intact records follow it`,
          );
        }
      }
      break;
    }
    const end = offset + HEADER + buffer.readUInt32LE(offset);
    records.push(deserialize(buffer.subarray(offset + HEADER, end), { promoteLongs: false }));
    offset = end;
  }
  return { records, validLength: offset };
}

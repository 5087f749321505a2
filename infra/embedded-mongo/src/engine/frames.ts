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

/**
 * Decodes consecutive frames. An incomplete or corrupt frame is tolerated only as the last one
 * (a crash during its write); corruption followed by more data throws.
 */
export function decodeFrames(buffer: Buffer, source: string): DecodedFrames {
  const records: Document[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const remaining = buffer.length - offset;
    const length = remaining >= HEADER ? buffer.readUInt32LE(offset) : -1;
    const end = offset + HEADER + length;
    if (length < 0 || end > buffer.length) break;
    const payload = buffer.subarray(offset + HEADER, end);
    if (crc32(payload) !== buffer.readUInt32LE(offset + 4)) {
      if (end === buffer.length) break;
      throw new Error(
        `${source} is corrupt: record at byte ${offset} fails its checksum and is not the last one`,
      );
    }
    records.push(deserialize(payload, { promoteLongs: false }));
    offset = end;
  }
  return { records, validLength: offset };
}

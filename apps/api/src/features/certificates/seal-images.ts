import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { ProblemError } from '../../platform/errors/problem.error';
import { fileBodyParser } from '../../platform/http/file-body';

export const PNG_MEDIA_TYPE = 'image/png';
export const SEAL_UPLOAD_ROUTE = '/v1/seals';
/** A seal scanned at 600 dpi is well under this; the certificate embeds it as it is. */
export const SEAL_MAX_BYTES = 512 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Side of the image, in pixels, either way. */
const MAX_SIDE = 4000;
const MIN_SIDE = 32;

export const INVALID_SEAL_IMAGE = {
  code: 'INVALID_SEAL_IMAGE',
  status: 400,
  title: { zh: '印章须为 PNG 图片，边长 32 至 4000 像素', en: 'The seal must be a PNG image, 32 to 4000 pixels a side' },
} as const;

export const SEAL_NOT_FOUND = {
  code: 'SEAL_NOT_FOUND',
  status: 404,
  title: { zh: '未上传该印章图片：请先上传（POST /v1/seals）', en: 'No seal image with that hash: upload it first (POST /v1/seals)' },
} as const;

/** Width and height from the PNG's IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Only the seal upload takes a PNG body. */
const readSeal = fileBodyParser((url) => url === SEAL_UPLOAD_ROUTE, SEAL_MAX_BYTES, { zh: '印章图片不得超过 512 KiB', en: 'The seal image must not exceed 512 KiB' });

/**
 * Seal images, stored once by their SHA-256: a community's issuer names the
 * hash, the log never holds the image, and the same image uploaded twice is
 * one row.
 */
@Injectable()
export class SealImages implements OnModuleInit {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly adapter: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    if (!fastify.hasContentTypeParser(PNG_MEDIA_TYPE)) fastify.addContentTypeParser(PNG_MEDIA_TYPE, readSeal);
  }

  /** Checks the image and stores it unless it is there already; answers its hash. */
  async store(bytes: unknown, uploadedBy: string): Promise<{ sha256: string; width: number; height: number; bytes: number }> {
    const size = Buffer.isBuffer(bytes) ? pngSize(bytes) : null;
    if (!Buffer.isBuffer(bytes) || !size || [size.width, size.height].some((side) => side < MIN_SIDE || side > MAX_SIDE)) throw new ProblemError(INVALID_SEAL_IMAGE);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.pool.query(
      `INSERT INTO seal_images (sha256, png, width, height, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (sha256) DO NOTHING`,
      [sha256, bytes, size.width, size.height, uploadedBy],
    );
    return { sha256, width: size.width, height: size.height, bytes: bytes.length };
  }

  async find(sha256: string): Promise<Buffer | null> {
    const { rows } = await this.pool.query<{ png: Buffer }>('SELECT png FROM seal_images WHERE sha256 = $1', [sha256]);
    return rows[0]?.png ?? null;
  }

  async require(sha256: string): Promise<void> {
    const { rows } = await this.pool.query('SELECT 1 FROM seal_images WHERE sha256 = $1', [sha256]);
    if (rows.length === 0) throw new ProblemError({ ...SEAL_NOT_FOUND, extensions: { sealSha256: sha256 } });
  }
}

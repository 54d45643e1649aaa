import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { fileBodyParser } from '../../platform/http/file-body';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './roster-file';

/** A roster file may be larger than the api's 1 MiB of JSON: 20,000 rows of .csv are about 1 MB, an .xlsx less. */
export const ROSTER_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export const ROSTER_UPLOAD_ROUTES = '/v1/roster-imports';

// The rest of an over-long body drains unread; the client gets its 413 at once.
const readFile = fileBodyParser((url) => url.startsWith(ROSTER_UPLOAD_ROUTES), ROSTER_BODY_LIMIT_BYTES, { zh: '文件不得超过 16 MiB', en: 'The file must not exceed 16 MiB' });

/**
 * Roster files arrive as the request body itself, in the file's own media
 * type (text/csv, or the .xlsx type): no multipart envelope to parse or get
 * wrong. Only the roster upload routes take them; any other route refuses
 * these types with 415 before reading a byte of the body.
 */
@Injectable()
export class RosterBodies implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    for (const mediaType of [CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE]) {
      if (!fastify.hasContentTypeParser(mediaType)) fastify.addContentTypeParser(mediaType, readFile);
    }
  }
}

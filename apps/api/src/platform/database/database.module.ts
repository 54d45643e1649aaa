import { type DynamicModule, Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { DATABASE_POOL, DATABASE_URL } from './database-pool';

/** Fail a check quickly rather than queue behind a dead server. */
const CONNECTION_TIMEOUT_MS = 5_000;

/** The shared pg pool of the api process (health checks, queries that need no ORM). */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_URL, useValue: url },
        {
          provide: DATABASE_POOL,
          useFactory: () => {
            // An idle client losing its server must not crash the process; the next query reports it.
            return openPool({ connectionString: url, connectionTimeoutMillis: CONNECTION_TIMEOUT_MS, max: 10, application_name: 'shiji-api' }, (error) =>
              new Logger(DatabaseModule.name).warn(`idle database client failed: ${error.message}`),
            );
          },
        },
      ],
      exports: [DATABASE_POOL, DATABASE_URL],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

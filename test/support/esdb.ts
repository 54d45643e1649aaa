import { EventStoreDbDouble } from '../esdb/double';
import { startTestApi, type TestApi } from './api';
import type { TestAppOptions } from './app';

/** The api with its log in EventStoreDB at `connectionString`; read models stay in a fresh PostgreSQL database. */
export function startTestApiOnEventStoreDb(connectionString: string, options: TestAppOptions = {}): Promise<TestApi> {
  return startTestApi({ ...options, env: { ...options.env, EVENTSTORE_CONNECTION_STRING: connectionString } });
}

export interface TestApiOnDouble extends TestApi {
  /** The in-process EventStoreDB double holding this api's log; stopped by close(). */
  double: EventStoreDbDouble;
}

/** The api on a fresh in-process EventStoreDB double of its own, so its log starts empty as on PostgreSQL. */
export async function startTestApiOnDouble(options: TestAppOptions = {}): Promise<TestApiOnDouble> {
  const double = await EventStoreDbDouble.start();
  try {
    const api = await startTestApiOnEventStoreDb(double.connectionString, options);
    return {
      ...api,
      double,
      close: async () => {
        try {
          await api.close();
        } finally {
          await double.stop();
        }
      },
    };
  } catch (error) {
    await double.stop();
    throw error;
  }
}

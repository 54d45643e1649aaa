import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's global setup runs outside its module mapper: the libraries' `@shiji/…` names resolve through this instead.
register({ baseUrl: join(__dirname, '..', '..'), paths: { '@shiji/*': ['libs/*/src/index.ts'] } });

import { runGroup } from '../support/suite-groups';

runGroup(__filename);

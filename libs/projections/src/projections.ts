import { accountsProjection } from './read-models/accounts/accounts.projection';
import { applicationsProjection } from './read-models/applications/applications.projection';
import { correctionsProjection } from './read-models/corrections/corrections.projection';
import { directoryProjection } from './read-models/directory/directory.projection';
import { familyProjection } from './read-models/family/family.projection';
import { poolsProjection } from './read-models/pools/pools.projection';
import { exchangesProjection } from './read-models/exchanges/exchanges.projection';
import { notificationsProjection } from './read-models/notifications/notifications.projection';
import { staffProjection } from './read-models/staff/staff.projection';
import { transfersProjection } from './read-models/transfers/transfers.projection';
import { unitsProjection } from './read-models/units/units.projection';
import type { Projection } from './runner/projection';

/** Every projection the service runs, in no particular order: each keeps its own checkpoint. */
export const ALL_PROJECTIONS: readonly Projection[] = [
  directoryProjection, accountsProjection, exchangesProjection, staffProjection, transfersProjection, applicationsProjection, notificationsProjection, unitsProjection, familyProjection, poolsProjection, correctionsProjection,
];

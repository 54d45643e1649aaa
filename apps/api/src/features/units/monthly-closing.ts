import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  addService, adjustmentFor, DomainError, isMonth, monthEnd, monthlyRecordDecider, monthlyRecordStream, NO_SERVICE, previousMonth, shanghaiMonth, type MonthlyAdjustment,
} from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { MonthlyRecordView, ProjectionProgress, UnitView } from '@shiji/projections';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';
import { PROJECTION_PROGRESS } from '../../projections/projection-progress.provider';
import { ReadModels } from '../../read-side/read-models';
import { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { requireViewsCaughtUp } from './views-caught-up';
import { MonthlyTotalsQuery } from './monthly-totals';

const TICK_MS = 60_000;
/** Who closes a month when nobody asked: the street's own schedule. */
export const MONTHLY_CLOSING_ACTOR = { id: 'monthly-closing', role: 'system' };

export interface MonthClosing {
  month: string;
  /** Units whose month this run closed. */
  closed: string[];
  /** Units whose month was closed before (by another instance, an earlier run): left as they were. */
  alreadyClosed: string[];
  position: number | null;
}

/**
 * Closes each unit's monthly record once its Shanghai month is over. A
 * unit-month is one stream whose first revision the closing claims, so two
 * instances (or an admin and the schedule) racing over the same month append
 * one MonthlyRecordClosed between them: the loser finds the month closed and
 * appends nothing. A change to a month already closed is never written back:
 * the next closing shows it as a flagged adjustment.
 */
@Injectable()
export class MonthlyClosing implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MonthlyClosing');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    private readonly totals: MonthlyTotalsQuery,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'monthlyClosing'>,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.monthlyClosing) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Closes last month for every unit not yet closed; the timer calls it, and so may a test. Null: nothing was due. */
  async closeDue(now: Date): Promise<MonthClosing | null> {
    const month = previousMonth(shanghaiMonth(now));
    if ((await this.unitsOf(month)).every((unit) => unit.closed)) return null;
    return this.close(month, CommandContext.create({ actor: MONTHLY_CLOSING_ACTOR, now }));
  }

  /** Closes `month` for every unit that was active in it and is not closed yet. */
  async close(month: string, context: CommandContext): Promise<MonthClosing> {
    if (!isMonth(month)) throw new DomainError('INVALID_MONTH', { month });
    if (context.now < monthEnd(month)) throw new DomainError('MONTH_NOT_OVER', { month, current: shanghaiMonth(context.now) });
    // The views must hold everything committed before the month is counted from them.
    await requireViewsCaughtUp(this.progress, this.store);
    const outcome: MonthClosing = { month, closed: [], alreadyClosed: [], position: null };
    for (const unit of await this.unitsOf(month)) {
      if (unit.closed) {
        outcome.alreadyClosed.push(unit.unitId);
        continue;
      }
      const totals = await this.totals.totals(unit.unitId, month);
      const adjustments = await this.adjustments(unit.unitId, month);
      const command = { type: 'CloseMonthlyRecord' as const, unitId: unit.unitId, communityId: unit.communityId, month, totals, adjustments, now: context.now };
      const { position } = await this.repository.handle(monthlyRecordStream(unit.unitId, month), monthlyRecordDecider, command, context);
      if (position === null) outcome.alreadyClosed.push(unit.unitId);
      else {
        outcome.closed.push(unit.unitId);
        outcome.position = Math.max(outcome.position ?? 0, position);
      }
    }
    return outcome;
  }

  /** Units active at some moment of the month, and whether the views show their record closed (if not, the stream has the last word). */
  private async unitsOf(month: string): Promise<Array<Pick<UnitView, 'unitId' | 'communityId'> & { closed: boolean }>> {
    const { rows } = await this.readModels.pool.query<{ data: UnitView; closed: boolean }>(
      `SELECT u.data, EXISTS (SELECT 1 FROM rm_monthly_records r WHERE r.unit_id = u.id AND r.month = $1) AS closed FROM rm_units u
       WHERE u.data->>'retiredAt' IS NULL OR (u.data->>'retiredAt')::timestamptz >= $2
       ORDER BY u.id`,
      [month, monthEnd(previousMonth(month)).toISOString()],
    );
    return rows.map((row) => ({ unitId: row.data.unitId, communityId: row.data.communityId, closed: row.closed }));
  }

  /** For each earlier closed month of the unit: what the views say of it now against what was published of it. */
  private async adjustments(unitId: string, month: string): Promise<MonthlyAdjustment[]> {
    const { rows } = await this.readModels.pool.query<{ data: MonthlyRecordView }>('SELECT data FROM rm_monthly_records WHERE unit_id = $1 AND month < $2 ORDER BY month', [unitId, month]);
    const records = rows.map((row) => row.data);
    const adjustments: MonthlyAdjustment[] = [];
    for (const record of records) {
      const shownSince = records.flatMap((later) => later.adjustments.filter((adjustment) => adjustment.month === record.month));
      const published = shownSince.reduce((sum, adjustment) => addService(sum, adjustment.delta), addService(NO_SERVICE, record.totals));
      const adjustment = adjustmentFor(record.month, await this.totals.service(unitId, record.month), published);
      if (adjustment) adjustments.push(adjustment);
    }
    return adjustments;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.closeDue(new Date())
        .then((closing) => closing && closing.closed.length > 0 && this.logger.log({ month: closing.month, closed: closing.closed.length }, 'closed the monthly records'))
        .catch((error: unknown) => this.logger.warn({ err: error }, 'monthly records could not be closed yet; will retry'))
        .then(() => this.schedule());
    }, TICK_MS);
    this.timer.unref();
  }
}

import { Injectable } from '@nestjs/common';
import type { StoredPersonalData } from '@shiji/domain';
import { PersonalDataVault } from '../personal-data/personal-data-vault';
import { ReadModels } from './read-models';

/**
 * Volunteers' names for lists that would otherwise show their ids: one query
 * for the sealed data, one for the keys. An erased volunteer reads as the
 * vault's placeholder; an unknown id is absent from the map.
 */
@Injectable()
export class VolunteerNames {
  constructor(
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  async of(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
    const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))];
    if (wanted.length === 0) return new Map();
    const { rows } = await this.readModels.pool.query<{ id: string; personal: StoredPersonalData | null }>(
      "SELECT id, data->'personal' AS personal FROM rm_volunteers WHERE id = ANY($1::text[])",
      [wanted],
    );
    const opened = await this.vault.openMany(rows.map((row) => ({ volunteerId: row.id, personal: row.personal })));
    return new Map([...opened].map(([id, personal]) => [id, personal.name]));
  }
}

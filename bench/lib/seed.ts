import type { HttpClient } from './http-client';
import { runConcurrently } from './pool-run';
import { signToken } from './tokens';

let phones = 0;

/** A community registers one volunteer per phone: each seeded volunteer has their own. */
function benchPhone(): string {
  phones += 1;
  return `137${String(phones).padStart(8, '0')}`;
}

export interface Seeded {
  communityId: string;
  staffToken: string;
  volunteerIds: string[];
}

/** One community and `volunteers` volunteers, through the api as a client would. */
export async function seedThroughApi(http: HttpClient, jwtSecret: string, volunteers: number): Promise<Seeded> {
  const communityId = 'bench-community';
  const adminToken = signToken(jwtSecret, 'admin');
  await http.json('POST', '/v1/communities', adminToken, { communityId, name: '基准测试社区' });
  // Staff act only in communities they are registered for and granted.
  await http.json('POST', '/v1/staff', adminToken, { staffId: 'bench-staff', name: '基准测试员', communityIds: [communityId] });
  const staffToken = signToken(jwtSecret, 'staff', [communityId]);
  const volunteerIds: string[] = new Array(volunteers);
  const run = await runConcurrently(volunteers, 16, async (index) => {
    const result = await http.json<{ volunteerId: string }>('POST', '/v1/volunteers', staffToken, { name: `志愿者${index}`, phone: benchPhone(), communityId });
    volunteerIds[index] = result.volunteerId;
    return true;
  });
  if (run.errors > 0) throw new Error(`seeding volunteers failed ${run.errors} times: ${run.firstError}`);
  return { communityId, staffToken, volunteerIds };
}

export async function registerVolunteer(http: HttpClient, seeded: Seeded, name: string): Promise<string> {
  const result = await http.json<{ volunteerId: string }>('POST', '/v1/volunteers', seeded.staffToken, { name, phone: benchPhone(), communityId: seeded.communityId });
  return result.volunteerId;
}

/** The same volunteers, under the same ids and community, on a peer that registers them with POST /v1/volunteers { volunteerId, communityId, name }. */
export async function seedPeer(http: HttpClient, seeded: Seeded): Promise<void> {
  const run = await runConcurrently(seeded.volunteerIds.length, 16, async (index) => {
    await http.json('POST', '/v1/volunteers', seeded.staffToken, { volunteerId: seeded.volunteerIds[index], communityId: seeded.communityId, name: `志愿者${index}` });
    return true;
  });
  if (run.errors > 0) throw new Error(`seeding the peer failed ${run.errors} times: ${run.firstError}`);
}

import { matchNeed, needDecider, needStream, type MatchableProject, type NeedEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(needDecider);
const needId = 'n-1';
const data = { needId, communityId: 'c-1', category: 'elderly_care' as const, description: '独居老人需要每周探访' };
const registered: NeedEvent = { type: 'ResidentNeedRegistered', data };

describe('residents\' needs (需求清单)', () => {
  it('registers a need once and closes it once', () => {
    expect(needStream(needId)).toBe('resident-need-n-1');
    spec.given([]).when({ type: 'RegisterNeed', ...data }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterNeed', ...data }).thenThrows('NEED_ALREADY_EXISTS', { needId });
    const closed: NeedEvent = { type: 'ResidentNeedClosed', data: { needId, reason: '已解决' } };
    spec.given([registered]).when({ type: 'CloseNeed', needId, reason: '已解决' }).then([closed]);
    spec.given([registered, closed]).when({ type: 'CloseNeed', needId, reason: '已解决' }).then([]);
    spec.given([]).when({ type: 'CloseNeed', needId, reason: '已解决' }).thenThrows('NEED_NOT_FOUND', { needId });
  });

  it('matches the active projects of the need\'s category and their providers, each once', () => {
    const project = (projectId: string, category: MatchableProject['category'], status: MatchableProject['status'], kind: 'team' | 'unit', id: string): MatchableProject => ({ projectId, category, status, provider: { kind, id } });
    const projects = [
      project('p-b', 'elderly_care', 'active', 'unit', 'u-1'),
      project('p-a', 'elderly_care', 'active', 'team', 't-1'),
      project('p-c', 'elderly_care', 'active', 'unit', 'u-1'),
      project('p-paused', 'elderly_care', 'paused', 'unit', 'u-2'),
      project('p-other', 'tutoring', 'active', 'unit', 'u-3'),
    ];
    expect(matchNeed({ category: 'elderly_care' }, projects)).toEqual({ projects: ['p-a', 'p-b', 'p-c'], providers: [{ kind: 'team', id: 't-1' }, { kind: 'unit', id: 'u-1' }] });
    expect(matchNeed({ category: 'culture' }, projects)).toEqual({ projects: [], providers: [] });
  });
});

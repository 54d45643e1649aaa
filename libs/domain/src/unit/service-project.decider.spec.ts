import { serviceProjectDecider, serviceProjectStream, type ServiceProjectEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(serviceProjectDecider);
const projectId = 'p-clinic';
const data = { projectId, communityId: 'c-1', title: '健康义诊', category: 'health_clinic' as const, description: '每月一次', provider: { kind: 'unit' as const, id: 'u-1' }, schedule: '每月第二个周六' };
const registered: ServiceProjectEvent = { type: 'ServiceProjectRegistered', data };
const status = (value: 'active' | 'paused' | 'retired'): ServiceProjectEvent => ({ type: 'ServiceProjectStatusChanged', data: { projectId, status: value } });
const linked = (activityId: string): ServiceProjectEvent => ({ type: 'ServiceProjectActivityLinked', data: { projectId, activityId } });

describe('the service-project menu (服务项目库)', () => {
  it('has one stream per project, registered once', () => {
    expect(serviceProjectStream(projectId)).toBe('service-project-p-clinic');
    spec.given([]).when({ type: 'RegisterServiceProject', ...data }).then([registered]);
    spec.given([registered]).when({ type: 'RegisterServiceProject', ...data }).thenThrows('SERVICE_PROJECT_ALREADY_EXISTS', { projectId });
  });

  it('pauses, resumes and retires a project; a retired one stays retired', () => {
    spec.given([registered]).when({ type: 'ChangeServiceProjectStatus', projectId, status: 'paused' }).then([status('paused')]);
    spec.given([registered, status('paused')]).when({ type: 'ChangeServiceProjectStatus', projectId, status: 'active' }).then([status('active')]);
    spec.given([registered]).when({ type: 'ChangeServiceProjectStatus', projectId, status: 'active' }).then([]);
    spec.given([registered, status('retired')]).when({ type: 'ChangeServiceProjectStatus', projectId, status: 'active' }).thenThrows('SERVICE_PROJECT_RETIRED', { projectId });
  });

  it('links the activities that deliver an active project, each once', () => {
    spec.given([registered]).when({ type: 'LinkProjectActivity', projectId, activityId: 'a-1' }).then([linked('a-1')]);
    spec.given([registered, linked('a-1')]).when({ type: 'LinkProjectActivity', projectId, activityId: 'a-1' }).then([]);
    spec.given([registered, status('paused')]).when({ type: 'LinkProjectActivity', projectId, activityId: 'a-1' }).thenThrows('SERVICE_PROJECT_NOT_ACTIVE', { projectId, status: 'paused' });
    spec.given([]).when({ type: 'LinkProjectActivity', projectId, activityId: 'a-1' }).thenThrows('SERVICE_PROJECT_NOT_FOUND', { projectId });
  });
});

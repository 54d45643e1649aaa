import type { RosterColumn, RosterLine } from './roster-file';
import { checkRoster, normalisePhone } from './roster-rows';

const line = (row: number, cells: Partial<Record<RosterColumn, string>>): RosterLine => ({ row, cells: new Map(Object.entries(cells) as Array<[RosterColumn, string]>) });
const context = { phones: new Map([['13900000009', 'v-9']]), teams: new Map([['elderly', 'elderly'], ['助老服务队', 'elderly'], ['medics', 'medics']]) };

describe('checking a roster', () => {
  it('accepts good rows, with party membership and teams by id or name', () => {
    const checked = checkRoster([line(2, { name: '张三', phone: '138 1234 5678', partyMember: '是', team: '助老服务队、medics' }), line(3, { name: '李四', phone: '+8613812345679' })], context);
    expect(checked.errors).toEqual([]);
    expect(checked.entries).toEqual([
      { row: 2, name: '张三', phone: '13812345678', partyMember: true, teamIds: ['elderly', 'medics'] },
      { row: 3, name: '李四', phone: '13812345679', partyMember: false, teamIds: [] },
    ]);
  });

  it('reports each bad row with its reasons, and registers none of them', () => {
    const checked = checkRoster(
      [
        line(2, { name: '', phone: '13812345678' }),
        line(3, { name: '王五', phone: '1381234' }),
        line(4, { name: '赵六', phone: '13812345678' }),
        line(5, { name: '钱七', phone: '13900000009' }),
        line(6, { name: '孙八', phone: '13812345670', team: '不存在队' }),
        line(7, { name: '周九', phone: '13812345671', partyMember: '也许' }),
      ],
      context,
    );
    expect(checked.entries).toEqual([]);
    expect(checked.errors.map((error) => [error.row, error.code])).toEqual([
      [2, 'NAME_MISSING'], [3, 'PHONE_INVALID'], [4, 'PHONE_DUPLICATE_IN_FILE'], [5, 'PHONE_ALREADY_REGISTERED'], [6, 'TEAM_UNKNOWN'], [7, 'PARTY_MEMBER_INVALID'],
    ]);
    expect(checked.errors[2].message).toBe('手机号与第 2 行重复 / The phone repeats row 2');
  });

  it('reads phone numbers as people write them', () => {
    expect(normalisePhone('138-1234-5678')).toBe('13812345678');
    expect(normalisePhone('86 13812345678')).toBe('13812345678');
    expect(normalisePhone('8613812345678x')).toBe('8613812345678x');
  });
});

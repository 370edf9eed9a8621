import { compareSourceVersions } from '../src/values/source-record';

describe('compareSourceVersions', () => {
  it('finds equal versions the same, including equal instants written differently', () => {
    expect(compareSourceVersions('abc', 'abc')).toBe('same');
    expect(compareSourceVersions('2026-01-02T10:00:00Z', '2026-01-02T11:00:00+01:00')).toBe('same');
  });

  it('orders instants', () => {
    expect(compareSourceVersions('2026-01-02T10:00:00Z', '2026-01-01T10:00:00Z')).toBe('older');
    expect(compareSourceVersions('2026-01-02T10:00:00Z', '2026-01-03T10:00:00Z')).toBe('newer');
  });

  it('takes any other difference as a newer version', () => {
    expect(compareSourceVersions(null, 'sha256:1')).toBe('newer');
    expect(compareSourceVersions('sha256:1', 'sha256:2')).toBe('newer');
    expect(compareSourceVersions('2026-01-02T10:00:00Z', null)).toBe('newer');
  });
});

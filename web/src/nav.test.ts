import { describe as suite, expect, it } from 'vitest';
import { activeItem, navItems } from './nav';

suite('navItems', () => {
  it('gives interviewers My interviews only, and the debrief readers Candidates too', () => {
    expect(navItems('INTERVIEWER').map((i) => i.label)).toEqual(['My interviews']);
    for (const role of ['HIRING_MANAGER', 'RECRUITER', 'ADMIN']) {
      expect(navItems(role).map((i) => i.label)).toEqual(['My interviews', 'Candidates']);
    }
  });

  it('marks the section of the current page, and nothing for a page outside them', () => {
    const items = navItems('HIRING_MANAGER');
    expect(activeItem(items, '/candidates/abc')?.label).toBe('Candidates');
    expect(activeItem(items, '/interviews')?.label).toBe('My interviews');
    expect(activeItem(items, '/candidatesx')).toBeUndefined();
  });
});

import { describe as suite, expect, it } from 'vitest';
import { activeItem, navItems, SECTIONS, sectionOf } from './nav';

suite('navItems', () => {
  it('gives each role the sections its API policy lets it read', () => {
    const labels = (role: string) => navItems(role).map((i) => i.label);
    expect(labels('INTERVIEWER')).toEqual(['My interviews']);
    expect(labels('HIRING_MANAGER')).toEqual(['My interviews', 'Candidates']);
    expect(labels('RECRUITER')).toEqual([
      'My interviews',
      'Schedule',
      'Candidates',
      'Loops',
      'Library',
      'Calibration',
    ]);
    expect(labels('ADMIN')).toEqual([...labels('RECRUITER'), 'Administration']);
  });

  it('marks the section of the current page, and nothing for a page outside them', () => {
    const items = navItems('HIRING_MANAGER');
    expect(activeItem(items, '/candidates/abc')?.label).toBe('Candidates');
    expect(activeItem(items, '/interviews')?.label).toBe('My interviews');
    expect(activeItem(items, '/candidatesx')).toBeUndefined();
    expect(activeItem(items, '/admin/members')).toBeUndefined();
    expect(sectionOf('/admin/members')?.label).toBe('Administration');
  });

  it('gives every section but My interviews (loaded with the app) its own lazy page', () => {
    expect(SECTIONS.filter((s) => !s.page).map((s) => s.to)).toEqual(['/interviews']);
  });
});

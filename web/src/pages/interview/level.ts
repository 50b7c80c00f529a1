/**
 * The seniority the interviewer assesses against. Level expectations show for every level the
 * question is tagged with; the chosen one is emphasized. It comes from the address (?level=)
 * so that a link (a recruiter's invitation) carries it. Nothing is assumed without it: loops
 * record no level, and a question's tags say where it can be used, not whom the loop hires.
 */
import { createContext, useContext } from 'react';
import type { Seniority } from '../../gql/graphql';
import type { Kit } from './types';

export const SENIORITY_ORDER: Seniority[] = ['JUNIOR', 'MID', 'SENIOR', 'STAFF'];

/** A level's name in words: the tenant's title for it, else the level in plain case. */
export function levelName(kit: Pick<Kit, 'guide'>, level: Seniority): string {
  const title = kit.guide?.seniorityLevels.find((l) => l.seniority === level)?.title;
  return title ?? level.charAt(0) + level.slice(1).toLowerCase();
}

export const LevelContext = createContext<Seniority | null>(null);
export const useLevel = () => useContext(LevelContext);

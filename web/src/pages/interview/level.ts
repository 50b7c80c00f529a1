/**
 * The seniority the interviewer assesses against. Level expectations show for every level the
 * question is tagged with; the chosen one is emphasized. It comes from the address (?level=)
 * so that a link carries it, else from the stage itself when all its questions share exactly
 * one level.
 */
import { createContext, useContext } from 'react';
import type { Seniority } from '../../gql/graphql';
import type { Kit } from './types';

export const SENIORITY_ORDER: Seniority[] = ['JUNIOR', 'MID', 'SENIOR', 'STAFF'];

/** The one level every rated question of the stage is tagged with, or null. */
export function stageLevel(kit: Pick<Kit, 'questions'>): Seniority | null {
  const rated = kit.questions.filter((q) => q.rated && q.seniority.length);
  if (!rated.length) return null;
  const common = SENIORITY_ORDER.filter((s) => rated.every((q) => q.seniority.includes(s)));
  return common.length === 1 ? common[0] : null;
}

/** A level's name in words: the tenant's title for it, else the level in plain case. */
export function levelName(kit: Pick<Kit, 'guide'>, level: Seniority): string {
  const title = kit.guide?.seniorityLevels.find((l) => l.seniority === level)?.title;
  return title ?? level.charAt(0) + level.slice(1).toLowerCase();
}

export const LevelContext = createContext<Seniority | null>(null);
export const useLevel = () => useContext(LevelContext);

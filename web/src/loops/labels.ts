import type { LoopStatus, StageKind } from '../gql/graphql';

export const STATUS_LABEL: Record<LoopStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export const KIND_LABEL: Record<StageKind, string> = {
  SCREEN: 'Screen',
  TECHNICAL: 'Technical',
  CODING: 'Coding',
  SYSTEM_DESIGN: 'System design',
  BEHAVIORAL: 'Behavioural',
  CULTURE: 'Culture',
  DEBRIEF: 'Debrief',
};

export const KIND_OPTIONS = (Object.keys(KIND_LABEL) as StageKind[]).map((value) => ({
  value,
  label: KIND_LABEL[value],
}));

import type { LoopDetailQuery } from '../gql/graphql';

export type Loop = LoopDetailQuery['loop'];
export type LoopStage = Loop['stages'][number];
export type Pin = LoopStage['questions'][number];
export type Finding = Loop['coverage']['findings'][number];

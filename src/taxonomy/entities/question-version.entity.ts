import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../../tenancy/entities/user.entity.js';
import { QuestionEntity } from './question.entity.js';
import { RatingScaleEntity } from './rating-scale.entity.js';
import { AnswerFormat, QuestionType, Seniority, VersionSource } from './taxonomy.enums.js';

/** What a 3 ("Yes") looks like for one seniority the question is tagged with. */
export interface LevelExpectation {
  seniority: Seniority;
  expectation: string;
}

/** A worked example for calibration: what an answer at this score sounds like. */
export interface ExampleAnswer {
  score: number;
  answer: string;
}

/**
 * Immutable content of a question, rubric included. The runtime role may only insert and read
 * its rows, so nothing a loop or scorecard pinned can change under it.
 */
@Entity({ name: 'question_versions' })
@ForeignKey(() => QuestionEntity, ['tenantId', 'questionId'], ['tenantId', 'id'])
@ForeignKey(() => RatingScaleEntity, ['tenantId', 'scaleId'], ['tenantId', 'id'])
@Unique('question_versions_number_key', ['tenantId', 'questionId', 'number'])
export class QuestionVersionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text' })
  guidance: string;

  @Column({ name: 'follow_ups', type: 'text', array: true })
  followUps: string[];

  @Column({ name: 'strong_signals', type: 'text', array: true })
  strongSignals: string[];

  @Column({ name: 'red_flags', type: 'text', array: true })
  redFlags: string[];

  @Column({ name: 'answer_format', type: 'enum', enum: AnswerFormat, enumName: 'answer_format' })
  answerFormat: AnswerFormat;

  /**
   * The question's type when this version was written: what a kit pinned to it shows (rated,
   * STAR notes) even after the question's type changes.
   */
  @Column({ type: 'enum', enum: QuestionType, enumName: 'question_type' })
  type: QuestionType;

  @Column({ name: 'level_expectations', type: 'jsonb', default: () => "'[]'" })
  levelExpectations: LevelExpectation[];

  @Column({ name: 'example_answers', type: 'jsonb', default: () => "'[]'" })
  exampleAnswers: ExampleAnswer[];

  /** The scale the rubric's anchors are written against. */
  @Column({ name: 'scale_id', type: 'uuid' })
  scaleId: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { onDelete: 'SET NULL' })
  authorId: string | null;

  @Column({ type: 'enum', enum: VersionSource, enumName: 'version_source' })
  source: VersionSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

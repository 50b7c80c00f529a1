import { Injectable } from '@nestjs/common';
import { nestedList, nestedPages } from '../common/nested-pages.js';
import {
  keysetPage,
  pageDirection,
  type Page,
  type PageDirection,
  type TwoWayPageArgs,
} from '../common/pagination.js';
import { defineLoader, type RequestContext } from '../common/request-context.js';
import type { ScorecardRevision } from './models/scorecard.models.js';
import {
  contentFields,
  revisionContentSql,
  toContent,
  type ContentColumns,
} from './scorecard.repository.js';

interface RevisionRow extends ContentColumns {
  id: string;
  number: number;
  reason: string | null;
  after_reveal: boolean;
  created_at: Date;
}

const REVISIONS = nestedList(
  `r.id, r.number, r.reason, r.after_reveal, r.created_at, ${revisionContentSql('r')}`,
  (scorecard) => `FROM scorecard_revisions r WHERE r.scorecard_id = ${scorecard}`,
);

const REVISION_PAGES = defineLoader<string, Page<ScorecardRevision>, PageDirection>((ctx, dir) => {
  const page = keysetPage(dir, 'r.number', 'r.id', 'int', 'ASC');
  return (ids) =>
    nestedPages<RevisionRow, ScorecardRevision>(ctx, ids, page, REVISIONS, {
      node: (r) => ({
        number: r.number,
        reason: r.reason,
        afterReveal: r.after_reveal,
        createdAt: r.created_at,
        ...contentFields(toContent(r)),
      }),
      cursorOf: (r) => ({ key: String(r.number), id: r.id }),
    });
});

/**
 * Scorecard.revisions: a page (oldest first) for every scorecard of a level in one statement,
 * and their counts, when selected, in one more. The parent scorecard is already one the caller
 * may read.
 */
@Injectable()
export class RevisionsLoader {
  pages(ctx: RequestContext, args: TwoWayPageArgs) {
    return ctx.loader(REVISION_PAGES, pageDirection(args, 'integer'));
  }
}

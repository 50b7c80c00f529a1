// An ATS integration in one file: with an API key, upsert a candidate and an interview, fill in
// and submit the interviewer's scorecard on their behalf (On-Behalf-Of), receive and verify the
// `scorecard.submitted` webhook, then page through the scorecards submitted since the start, in
// the values of the ATS the key is configured for (its `ats`).
// Run: IK_API_KEY=ik_live_… IK_STAGE_ID=… IK_INTERVIEWER_EMAIL=… node sync.mjs
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { GraphQLClient, gql } from 'graphql-request';

const url = process.env.IK_API_URL ?? 'http://127.0.0.1:3000/graphql';
const { IK_API_KEY, IK_STAGE_ID, IK_INTERVIEWER_EMAIL } = process.env;
if (!IK_API_KEY || !IK_STAGE_ID || !IK_INTERVIEWER_EMAIL) {
  console.error('set IK_API_KEY, IK_STAGE_ID and IK_INTERVIEWER_EMAIL');
  process.exit(2);
}
const client = new GraphQLClient(url, { headers: { authorization: `Bearer ${IK_API_KEY}` } });
const say = (event, data = {}) => console.log(JSON.stringify({ event, ...data }));

/** `x-ik-signature: t=<unix>,v1=<hex>` over "<t>.<raw body>", within 5 minutes. */
export function verifySignature(secret, header, rawBody, now = Date.now()) {
  const parts = Object.fromEntries(header.split(',').map((kv) => kv.split('=')));
  if (!parts.t || !parts.v1 || Math.abs(now / 1000 - Number(parts.t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// 1. A receiver for webhooks, and an endpoint that points at it.
let resolveWebhook;
const webhook = new Promise((resolve) => (resolveWebhook = resolve));
let secret;
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const verified = verifySignature(secret, String(req.headers['x-ik-signature']), body);
    res.writeHead(verified ? 204 : 400).end();
    if (verified) resolveWebhook(JSON.parse(body));
  });
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const created = await client.request(
  gql`
    mutation ($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) {
        secret
        endpoint {
          id
        }
      }
    }
  `,
  {
    input: {
      url: `http://127.0.0.1:${receiver.address().port}/hooks`,
      events: ['SCORECARD_SUBMITTED'],
    },
  },
);
secret = created.createWebhookEndpoint.secret;
const since = new Date().toISOString();

// 2. Upserts keyed by the ATS's own ids; the Idempotency-Key makes a retried POST harmless.
const runId = randomUUID().slice(0, 8);
const { upsertCandidate } = await client.request(
  gql`
    mutation ($input: UpsertCandidateInput!) {
      upsertCandidate(input: $input) {
        created
        candidate {
          id
        }
      }
    }
  `,
  {
    input: {
      atsExternalId: `ats-cand-${runId}`,
      name: 'Grace Example',
      email: `grace.${runId}@mail.example`,
    },
  },
  { 'idempotency-key': `cand-${runId}` },
);
const { upsertInterview } = await client.request(
  gql`
    mutation ($input: UpsertInterviewInput!) {
      upsertInterview(input: $input) {
        interview {
          id
        }
      }
    }
  `,
  {
    input: {
      atsExternalId: `ats-int-${runId}`,
      candidateAtsId: `ats-cand-${runId}`,
      stageId: IK_STAGE_ID,
      scheduledStart: new Date(Date.now() - 2 * 3600_000).toISOString(),
      scheduledEnd: new Date(Date.now() - 3600_000).toISOString(),
      interviewerEmails: [IK_INTERVIEWER_EMAIL],
    },
  },
  { 'idempotency-key': `int-${runId}` },
);
say('ready', {
  candidateId: upsertCandidate.candidate.id,
  interviewId: upsertInterview.interview.id,
});

// 3. The interviewer scored the candidate in the ATS's own screen: the ATS saves and submits
// their scorecard for them. On-Behalf-Of names the interviewer; the write runs with exactly
// their rights (their own scorecard only), and the audit log records the key and the member.
const { interviewKit } = await client.request(
  gql`
    query ($stageId: ID!) {
      interviewKit(stageId: $stageId) {
        questions {
          stageQuestionId
          criteria {
            id
          }
        }
      }
    }
  `,
  { stageId: IK_STAGE_ID },
);
const asInterviewer = { 'on-behalf-of': IK_INTERVIEWER_EMAIL };
const { scorecards: mine } = await client.request(
  gql`
    query ($interviewId: ID!) {
      scorecards(interviewId: $interviewId, mine: true) {
        edges {
          node {
            id
            version
          }
        }
      }
    }
  `,
  { interviewId: upsertInterview.interview.id },
  asInterviewer,
);
const card = mine.edges[0].node;
const { saveScorecardDraft } = await client.request(
  gql`
    mutation ($input: SaveScorecardDraftInput!) {
      saveScorecardDraft(input: $input) {
        version
      }
    }
  `,
  {
    input: {
      id: card.id,
      expectedVersion: card.version,
      ratings: interviewKit.questions.flatMap((q) =>
        q.criteria.map((c) => ({
          stageQuestionId: q.stageQuestionId,
          criterionId: c.id,
          score: 3,
        })),
      ),
      recommendation: 'YES',
      summary: 'Scored in the ATS.',
    },
  },
  { ...asInterviewer, 'idempotency-key': `draft-${runId}` },
);
await client.request(
  gql`
    mutation ($input: SubmitScorecardInput!) {
      submitScorecard(input: $input) {
        status
      }
    }
  `,
  { input: { id: card.id, expectedVersion: saveScorecardDraft.version } },
  { ...asInterviewer, 'idempotency-key': `submit-${runId}` },
);
say('submitted', { scorecardId: card.id });

// 4. The webhook arrives, signed, with the recommendation in the ATS's values (data.ats).
const event = await Promise.race([
  webhook,
  new Promise((_, reject) => setTimeout(() => reject(new Error('no webhook within 60 s')), 60_000)),
]);
say('webhook', {
  type: event.type,
  scorecardId: event.data.scorecardId,
  verified: true,
  ats: event.data.ats,
});

// 5. The sync feed: every scorecard submitted since the start, page by page (keep endCursor).
// The feed serves a row once no transaction older than it is still running, so a row can
// arrive a moment after its webhook: at the end of the feed, wait and resume from endCursor
// (what a sync job does on its next run) until the webhook's scorecard has come.
let after = null;
const seen = new Set();
const feedDeadline = Date.now() + 30_000;
for (;;) {
  const { scorecards } = await client.request(
    gql`
      query ($since: DateTime!, $after: String) {
        scorecards(updatedSince: $since, status: SUBMITTED, first: 50, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              recommendation
              atsExport {
                ats
                recommendation {
                  value
                  label
                }
              }
              submittedAt
              interview {
                id
              }
            }
          }
        }
      }
    `,
    { since, after },
  );
  for (const { node } of scorecards.edges) {
    seen.add(node.id);
    say('scorecard', {
      id: node.id,
      recommendation: node.recommendation,
      ats: node.atsExport?.ats ?? null,
      atsRecommendation: node.atsExport?.recommendation?.value ?? null,
    });
  }
  after = scorecards.pageInfo.endCursor ?? after;
  if (scorecards.pageInfo.hasNextPage) continue;
  if (seen.has(event.data.scorecardId)) break;
  if (Date.now() > feedDeadline) throw new Error("the webhook's scorecard never reached the feed");
  await new Promise((resolve) => setTimeout(resolve, 500));
}
await client.request(
  gql`
    mutation ($input: UpdateWebhookEndpointInput!) {
      updateWebhookEndpoint(input: $input) {
        id
      }
    }
  `,
  { input: { id: created.createWebhookEndpoint.endpoint.id, active: false } },
);
receiver.closeAllConnections();
receiver.close();
say('done', { cursor: after });
// fetch keeps idle connections to the API open for a while; a one-shot script need not wait.
process.exit(0);

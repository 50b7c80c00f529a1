import { Alert, Anchor, Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { describe } from '../errors';
import { LibraryQuestionDocument, type LibraryQuestionFieldsFragment } from '../gql/graphql';
import { completeness } from './completeness';
import { CompletenessPanel } from './CompletenessPanel';
import { changedParts, draftOf, emptyDraft, UNRATED_TYPE, type Draft } from './draft';
import { focusField } from './fields';
import { useListAddress } from './QuestionPage';
import { CalibrationFields, ContentFields, MetadataFields } from './QuestionFields';
import { RubricEditor } from './RubricEditor';
import { createQuestion, saveQuestion } from './save';
import { useTaxonomy } from './taxonomy';

/** /library/new and /library/:id/edit: the question form with its rubric editor. */
export function EditorPage() {
  const { id } = useParams();
  const taxonomy = useTaxonomy();
  const [{ data, error }] = useQuery({
    query: LibraryQuestionDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const failed = error ?? taxonomy.error;
  if (failed) {
    return (
      <Alert color="red" variant="filled" role="alert" title="Could not open the editor">
        {describe(failed)}
      </Alert>
    );
  }
  if (taxonomy.fetching || !taxonomy.levels.length || (id && !data)) {
    return <Loader aria-label="Loading the editor" />;
  }
  return <Editor key={id ?? 'new'} question={data?.question} taxonomy={taxonomy} />;
}

function Editor({
  question,
  taxonomy,
}: {
  question?: LibraryQuestionFieldsFragment;
  taxonomy: ReturnType<typeof useTaxonomy>;
}) {
  const client = useClient();
  const navigate = useNavigate();
  const back = useListAddress();
  const levels = taxonomy.levels;
  const [original, setOriginal] = useState<Draft>(() =>
    question ? draftOf(question, levels) : emptyDraft(),
  );
  const [draft, setDraft] = useState<Draft>(original);
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const rule = useMemo(() => completeness(draft, levels), [draft, levels]);
  const rated = draft.type !== UNRATED_TYPE;
  const removesRubric =
    !!question && rated && original.criteria.length > 0 && draft.criteria.length === 0;

  // An edited field's API error goes away with the edit; the rule's items show once a save was tried.
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setApiErrors((e) =>
      Object.keys(e).length
        ? Object.fromEntries(
            Object.entries(e).filter(
              ([k]) =>
                !k ||
                !Object.keys(patch).some(
                  (p) => k === p || k.startsWith(`${p}[`) || k.startsWith(`${p}.`),
                ),
            ),
          )
        : e,
    );
  };
  const errors: Record<string, string> = { ...apiErrors };
  if (tried) for (const issue of rule.toSave) errors[issue.key] ??= issue.message;

  const save = async () => {
    setTried(true);
    if (rule.toSave.length || removesRubric) {
      focusField(removesRubric ? 'rubric' : rule.toSave[0].key);
      return;
    }
    if (question && !Object.values(changedParts(original, draft)).some(Boolean)) {
      setApiErrors({ '': 'Nothing has changed.' });
      return;
    }
    setSaving(true);
    const result = question
      ? await saveQuestion(client, question.id, original, draft)
      : await createQuestion(client, draft);
    setSaving(false);
    if (result.ok) {
      navigate(`/library/${result.question.id}`, { state: { from: back } });
      return;
    }
    // Part of an edit landed (content before a refused rubric): only the rest is still to save.
    if (result.question) setOriginal(draftOf(result.question, levels));
    setApiErrors(result.errors);
    const first = Object.keys(result.errors).find(Boolean);
    if (first) focusField(first);
  };

  const props = { draft, change, errors };
  const title = question ? 'Edit question' : 'New question';
  return (
    <Stack gap="lg">
      <Anchor
        component={Link}
        to={question ? `/library/${question.id}` : back}
        state={{ from: back }}
        size="sm"
      >
        ← {question ? 'Back to the question' : 'Library'}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {title}
        </Title>
        {question && (
          <Text size="sm" c="dimmed">
            Version {question.currentVersion.number}. Changed content becomes a new version, and so
            does a changed rubric; loops keep the versions they pinned.
          </Text>
        )}
      </div>
      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <MetadataFields {...props} categories={taxonomy.categories} />
            <ContentFields {...props} />
            <CalibrationFields {...props} levels={levels} />
            {rated ? (
              <RubricEditor {...props} levels={levels} competencies={taxonomy.competencies} />
            ) : (
              <Text size="sm" c="dimmed">
                A candidate question is never rated: it has no rubric.
              </Text>
            )}
            {removesRubric && (
              <Text size="sm" c="red.9">
                A saved rubric can be replaced but not removed: keep at least one criterion.
              </Text>
            )}
            {apiErrors[''] && (
              <Alert color="red" variant="filled" role="alert" title="Not saved">
                {apiErrors['']}
              </Alert>
            )}
            <Group>
              <Button onClick={() => void save()} loading={saving}>
                {question ? 'Save changes' : 'Create question'}
              </Button>
              <Button
                component={Link}
                to={question ? `/library/${question.id}` : back}
                state={{ from: back }}
                variant="default"
              >
                Cancel
              </Button>
              {Object.keys(apiErrors).some(Boolean) && (
                <Text size="sm" c="red.9" role="alert">
                  Not saved: see the messages beside the fields.
                </Text>
              )}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <div style={{ position: 'sticky', top: 80 }}>
            <CompletenessPanel result={rule} rated={rated} />
          </div>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

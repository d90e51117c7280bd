// The pain map's likely causes for the marks and answers in the store, ranked once per change of either;
// the findings panel and the handout list the same ranking.
import { useMemo } from 'react';
import { causes, felt, painQuestions } from '../../content';
import { rankCauses, type Ranking } from '../pain/ranking';
import { useExplorer } from '../store/use-explorer';

export function usePainRanking(): Ranking {
  const marks = useExplorer((s) => s.marks);
  const answers = useExplorer((s) => s.answers);
  const anchors = useExplorer((s) => s.anchors);
  return useMemo(() => rankCauses({ marks, answers, anchors, causes, felt, questions: painQuestions }), [marks, answers, anchors]);
}

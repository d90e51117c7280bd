// The quiz (issue 15): a region named "Quiz" in the same place as the tour, never over the canvas's centre. A round
// of about ten questions from src/quiz/questions.ts: "find it" is answered by the pick (the store's selection after
// a tap on the model, or a choice in the structure list for keyboard and screen-reader users); the others by
// choices. Each answer gets feedback and shows its structure or cause; the end gives "N of M" and the misses, each
// one click from its panel. The last score stays on this device (localStorage), nothing goes over the network.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { causeById, causes, structureById, structures } from '../../content';
import { parseNodeName } from '../../contract';
import { generateRound, type Question } from '../quiz/questions';
import { prefersReducedMotion } from '../scene/reduced-motion';
import { explorerStore, useExplorer } from '../store/use-explorer';
import { focusActivityButton } from './TourPanel';

interface Answer {
  question: Question;
  /** The choice id or the picked structure id. */
  given: string;
  right: boolean;
}

const LAST_SCORE_KEY = 'ube.quiz.last';

function readLastScore(): string | null {
  try {
    return window.localStorage.getItem(LAST_SCORE_KEY);
  } catch {
    return null;
  }
}

function saveScore(text: string): void {
  try {
    window.localStorage.setItem(LAST_SCORE_KEY, text);
  } catch {
    // Private windows may refuse storage; the score is still shown.
  }
}

function structureName(id: string): string {
  return structureById(id)?.name ?? id;
}

function answerLabel(q: Question): string {
  if (q.kind === 'find-it') return structureName(q.answer);
  return q.choices.find((c) => c.id === q.answer)?.label ?? q.answer;
}

function subjectLabel(q: Question, mode: 'patient' | 'clinician'): string {
  return q.subject.kind === 'cause' ? (causeById(q.subject.id)?.name[mode] ?? q.subject.id) : structureName(q.subject.id);
}

/** Opens what a question was about: the structure's overlay (framed on the model) or the cause's view. */
function showSubject(q: Question): void {
  const store = explorerStore.getState();
  if (q.subject.kind === 'cause') {
    store.openCause(q.subject.id);
    return;
  }
  const s = structureById(q.subject.id);
  if (!s) return;
  // The answer is shown where it can be seen: its layer and the deeper ones, then selected.
  store.showQuizView(q.layers.includes(s.layer) ? q.layers : [s.layer], null, prefersReducedMotion());
  store.select(s.paired ? `${s.id}.left` : s.id);
}

export interface QuizPanelProps {
  /** Opens the structure list (the drawer on narrow screens) and puts the focus in it. */
  onOpenList: () => void;
}

export function QuizPanel({ onOpenList }: QuizPanelProps) {
  const open = useExplorer((s) => s.quizOpen);
  const mode = useExplorer((s) => s.mode);
  const [round, setRound] = useState<Question[]>([]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [lastScore, setLastScore] = useState<string | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  /** The question answered last, set at once: showing the answer selects it, which must not answer again. */
  const answeredKey = useRef<string | null>(null);

  // A new round each time the quiz opens, in the wording of the moment.
  const start = (): void => {
    setRound(generateRound({ structures, causes, mode: explorerStore.getState().mode, seed: Date.now() % 2147483647 }));
    setIndex(0);
    setAnswers([]);
    answeredKey.current = null;
    setLastScore(readLastScore());
  };
  useEffect(() => {
    if (open) start();
    else setRound([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const question = round[index];
  const answered = answers.length > index;
  const done = round.length > 0 && index >= round.length;

  // Each question sets its view (the lit structure framed, nothing selected) and takes the focus to its heading.
  useEffect(() => {
    if (!open || !question) return;
    explorerStore.getState().showQuizView(question.layers, question.lit, prefersReducedMotion());
    questionHeading.current?.focus();
  }, [open, question]);

  const answer = (given: string): void => {
    if (!question || answered || answeredKey.current === `${index}:${question.key}`) return;
    answeredKey.current = `${index}:${question.key}`;
    const right = given === question.answer;
    setAnswers((a) => [...a, { question, given, right }]);
    if (question.kind !== 'find-it' || !right) showSubject(question);
    requestAnimationFrame(() => nextButton.current?.focus());
  };

  // "Find it": the pick decides. The first selection after the question was shown is the answer.
  useEffect(() => {
    if (!open || !question || question.kind !== 'find-it' || answered) return;
    return explorerStore.subscribe((s, prev) => {
      if (s.selected && s.selected !== prev.selected) {
        const picked = parseNodeName(s.selected)?.structure;
        if (picked) answer(picked);
      }
    });
  });

  useEffect(() => {
    if (!done) return;
    const right = answers.filter((a) => a.right).length;
    saveScore(`${right} of ${answers.length}`);
    resultHeading.current?.focus();
  }, [done, answers]);

  if (!open || round.length === 0) return null;
  const leave = (): void => {
    explorerStore.getState().leaveQuiz();
    focusActivityButton('quiz');
  };
  const onKey = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      leave();
    }
  };
  const given = answers[index];
  const score = answers.filter((a) => a.right).length;
  const misses = answers.filter((a) => !a.right);

  return (
    <section className="activity-panel quiz-panel" aria-label="Quiz" data-covers-stage onKeyDown={onKey} data-quiz-kind={done ? 'done' : question?.kind}>
      <div className="activity-head">
        <h2>Quiz</h2>
        <button type="button" className="activity-leave" onClick={leave}>
          Leave quiz
        </button>
      </div>
      {done ? (
        <div className="activity-body">
          <h3 ref={resultHeading} tabIndex={-1} className="quiz-score">
            Your score: {score} of {answers.length}
          </h3>
          {lastScore ? <p className="muted">Your last round: {lastScore}. Scores stay on this device.</p> : null}
          {misses.length > 0 ? (
            <>
              <p>Look again at what you missed:</p>
              <ul className="quiz-misses">
                {misses.map((m) => (
                  <li key={m.question.key}>
                    <button type="button" className="link-button" onClick={() => showSubject(m.question)}>
                      {subjectLabel(m.question, mode)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>You got every question right.</p>
          )}
          <div className="activity-nav">
            <button type="button" className="primary" onClick={start}>
              New round
            </button>
          </div>
        </div>
      ) : question ? (
        <>
          <div className="activity-body">
            <h3 ref={questionHeading} tabIndex={-1} className="activity-count">
              Question {index + 1} of {round.length}
            </h3>
            <p className="quiz-prompt">{question.prompt}</p>
            {question.kind === 'find-it' ? (
              !answered ? (
                <p className="quiz-alt">
                  <button type="button" onClick={onOpenList}>
                    Choose it from the structure list
                  </button>
                </p>
              ) : null
            ) : (
              <ul className="quiz-choices">
                {question.choices.map((c) => {
                  const state = answered ? (c.id === question.answer ? 'right' : c.id === given?.given ? 'wrong' : '') : '';
                  return (
                    <li key={c.id}>
                      <button type="button" className={`quiz-choice ${state}`} onClick={() => answer(c.id)} aria-disabled={answered || undefined}>
                        {c.label}
                        {state === 'right' ? <span className="visually-hidden"> (the answer)</span> : null}
                        {state === 'wrong' ? <span className="visually-hidden"> (your answer)</span> : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            <div aria-live="polite" className="quiz-feedback">
              {given ? (
                given.right ? (
                  <p className="right">Right: {answerLabel(question)}.</p>
                ) : (
                  <p className="wrong">
                    {question.kind === 'find-it' ? `You picked the ${structureName(given.given).toLowerCase()}. ` : 'Not quite. '}
                    The answer is {answerLabel(question)}
                    {question.kind === 'which-cause' ? ' (its panel is open).' : ', shown on the model.'}
                  </p>
                )
              ) : null}
            </div>
          </div>
          {answered ? (
            <div className="activity-nav">
              <button ref={nextButton} type="button" className="primary" onClick={() => setIndex((i) => i + 1)}>
                {index + 1 < round.length ? 'Next question' : 'See your score'}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

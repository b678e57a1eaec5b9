import { create } from 'zustand';
import type { ScoreChoice } from '../../model/groundTruth/scoreSource.ts';

/** What the user asked the Score tab to score against; the ground truth, when there is one, by default. */
export const useScoreChoice = create<{ choice: ScoreChoice }>()(() => ({ choice: 'groundTruth' }));

export const setScoreChoice = (choice: ScoreChoice) => useScoreChoice.setState({ choice });

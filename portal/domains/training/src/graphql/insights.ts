import { graphql } from '@shabaka/graphql';

export const TrainingDisaggregationWithdrawMutation = graphql(`
  mutation TrainingDisaggregationWithdraw($input: TrainingDisaggregationWithdrawInput!) {
    trainingDisaggregationWithdraw(input: $input) {
      registration {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingScoresRecordMutation = graphql(`
  mutation TrainingScoresRecord($input: TrainingScoresRecordInput!) {
    trainingScoresRecord(input: $input) {
      registration {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const TrainingSessionTrainersSetMutation = graphql(`
  mutation TrainingSessionTrainersSet($input: TrainingSessionTrainersSetInput!) {
    trainingSessionTrainersSet(input: $input) {
      session {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

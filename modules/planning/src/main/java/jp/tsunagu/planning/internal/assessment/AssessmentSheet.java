package jp.tsunagu.planning.internal.assessment;

/**
 * The assessment sheet (アセスメントシート): health, daily living, work skills, motivation, concentration,
 * communication, commuting, money management, support network, the person's and the family's wishes, and the
 * vocational evaluation (職業評価).
 */
public record AssessmentSheet(String health, String dailyLiving, String workSkills, String motivation, String concentration,
                              String communication, String commuting, String moneyManagement, String supportNetwork,
                              String personWishes, String familyWishes, String vocationalEvaluation) {
}

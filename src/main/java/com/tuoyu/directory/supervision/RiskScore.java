package com.tuoyu.directory.supervision;

import com.tuoyu.directory.platform.text.Labelled;
import com.tuoyu.directory.platform.text.Text;
import java.util.List;

/**
 * A nursery's supervision risk (风险预警), as the sum of visible components. The points are policy defaults
 * (documented in the README):
 * <ul>
 * <li>3 per complaint found substantiated (fully or partly) in the last 12 months;</li>
 * <li>4 per administrative penalty decided in the last 24 months;</li>
 * <li>2 per required permit kind whose latest permit has expired (a renewed permit clears it);</li>
 * <li>3 per age group whose children enrolled exceed carers × the standard ratio (1:3, 1:5, 1:7; mixed 1:5);</li>
 * <li>2 per year since the last inspection, at most 4 (two years); never inspected counts 4;</li>
 * <li>10 while on the black list.</li>
 * </ul>
 * The draw weight is 1 + score: every nursery can be drawn (the draw stays random), a risky one more often.
 */
public record RiskScore(List<Component> components, double score) {

    public static final double PER_SUBSTANTIATED_COMPLAINT = 3;
    public static final double PER_PENALTY = 4;
    public static final double PER_EXPIRED_PERMIT = 2;
    public static final double PER_RATIO_BREACH = 3;
    public static final double PER_YEAR_SINCE_INSPECTION = 2;
    public static final double MAX_FOR_INSPECTION_GAP = 4;
    public static final double BLACK_LIST = 10;
    public static final int COMPLAINT_MONTHS = 12;
    public static final int PENALTY_MONTHS = 24;

    /** One factor: its code, what was counted (a count, days, or 1/0; null days when never inspected) and its points. */
    public record Component(Factor factor, Double value, double points) {
    }

    public enum Factor implements Labelled {
        SUBSTANTIATED_COMPLAINTS("近12个月属实投诉", "Substantiated complaints in the last 12 months"),
        PENALTIES("近24个月行政处罚", "Administrative penalties in the last 24 months"),
        EXPIRED_PERMITS("过期证照", "Expired permits"),
        RATIO_BREACHES("保育人员配比不达标的班型", "Age groups below the carer ratio"),
        DAYS_SINCE_LAST_INSPECTION("距上次检查天数", "Days since the last inspection"),
        BLACK_LIST("列入黑名单", "On the black list");

        private final Text text;

        Factor(String label, String labelEn) {
            this.text = Text.of(label, labelEn);
        }


        @Override
        public Text text() {
            return text;
        }
    }

    /**
     * @param daysSinceLastInspection null when the nursery was never inspected
     */
    public static RiskScore of(int substantiatedComplaints, int penalties, int expiredPermits, int ratioBreaches,
                               Integer daysSinceLastInspection, boolean onBlackList) {
        double gap = daysSinceLastInspection == null ? MAX_FOR_INSPECTION_GAP
                : Math.min(MAX_FOR_INSPECTION_GAP, Math.max(0, daysSinceLastInspection) / 365.0 * PER_YEAR_SINCE_INSPECTION);
        List<Component> components = List.of(
                new Component(Factor.SUBSTANTIATED_COMPLAINTS, (double) substantiatedComplaints,
                        substantiatedComplaints * PER_SUBSTANTIATED_COMPLAINT),
                new Component(Factor.PENALTIES, (double) penalties, penalties * PER_PENALTY),
                new Component(Factor.EXPIRED_PERMITS, (double) expiredPermits, expiredPermits * PER_EXPIRED_PERMIT),
                new Component(Factor.RATIO_BREACHES, (double) ratioBreaches, ratioBreaches * PER_RATIO_BREACH),
                new Component(Factor.DAYS_SINCE_LAST_INSPECTION,
                        daysSinceLastInspection == null ? null : daysSinceLastInspection.doubleValue(), round(gap)),
                new Component(Factor.BLACK_LIST, onBlackList ? 1.0 : 0.0, onBlackList ? BLACK_LIST : 0));
        return new RiskScore(components, round(components.stream().mapToDouble(Component::points).sum()));
    }

    /** The weight of the nursery in the random inspection draw. */
    public double drawWeight() {
        return 1 + score;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

package org.unknot.files;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.unknot.domain.DailyPain;
import org.unknot.domain.DatedNote;
import org.unknot.domain.HealthProfile;
import org.unknot.domain.InsightReport;
import org.unknot.domain.Medicine;
import org.unknot.domain.PeriodUse;
import org.unknot.domain.RedFlagCheck;

/**
 * What the report reads of its period before it is written: what the sessions did (counted by the store), the
 * sessions themselves for the detail pages (streamed when drawn), the check-ins' scores, the check-ins themselves for
 * their table (streamed when drawn) and their latest notes, the insights, the last red-flag answers (empty when
 * never answered), the medicines listed and the health profile.
 */
public record ReportPeriod(PeriodUse use, SessionRows sessions, List<DailyPain> checkIns, CheckInRows checkInRows,
                           List<DatedNote> checkInNotes, InsightReport insights, Optional<RedFlagCheck> redFlags,
                           List<Medicine> medicines, HealthProfile profile) {

    public ReportPeriod {
        Objects.requireNonNull(use, "use");
        Objects.requireNonNull(sessions, "sessions");
        checkIns = List.copyOf(checkIns);
        Objects.requireNonNull(checkInRows, "checkInRows");
        checkInNotes = List.copyOf(checkInNotes);
        Objects.requireNonNull(insights, "insights");
        Objects.requireNonNull(redFlags, "redFlags");
        medicines = List.copyOf(medicines);
        Objects.requireNonNull(profile, "profile");
    }

    /** Without medicines listed or a health profile given. */
    public ReportPeriod(PeriodUse use, SessionRows sessions, List<DailyPain> checkIns, CheckInRows checkInRows,
                        List<DatedNote> checkInNotes, InsightReport insights, Optional<RedFlagCheck> redFlags) {
        this(use, sessions, checkIns, checkInRows, checkInNotes, insights, redFlags, List.of(), HealthProfile.NONE);
    }
}

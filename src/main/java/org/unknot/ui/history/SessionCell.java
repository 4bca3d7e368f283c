package org.unknot.ui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.unknot.domain.PainScore;
import org.unknot.domain.SessionRecord;
import org.unknot.ui.common.Durations;
import org.unknot.ui.common.Styles;

/** One recorded session: when, which routine, how far, and pain before and after. */
final class SessionCell extends ListCell<SessionRecord> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox layout = new VBox(2, title, detail);

    SessionCell() {
        title.getStyleClass().add(Styles.ROUTINE_NAME);
        detail.getStyleClass().add(Styles.ROUTINE_DETAIL);
        layout.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SessionRecord session, boolean empty) {
        super.updateItem(session, empty);
        if (empty || session == null) {
            setGraphic(null);
            return;
        }
        title.setText(session.routineName());
        String when = session.startedAt().atZone(ZoneId.systemDefault()).format(WHEN);
        String status = session.status().label()
                + session.stopReason().map(reason -> " (" + reason.label().toLowerCase() + ")").orElse("");
        String pain = "pain " + score(session.painBefore()) + " → " + score(session.painAfter());
        detail.setText(String.join("  ·  ", when, Durations.words(session.doneSeconds()) + " of "
                + Durations.words(session.plannedSeconds()), status, pain));
        setGraphic(layout);
    }

    private static String score(Optional<PainScore> score) {
        return score.map(value -> Integer.toString(value.value())).orElse("–");
    }
}

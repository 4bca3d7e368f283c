import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's yardstick: a bare JavaFX window with one label, titled "Bare", started with plain java
 * and the JavaFX jars on the class path (scripts/startup-bench compiles and runs it).
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** A class extending Application cannot be the main class on the class path, hence this nested one. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare");
            stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 800, 600));
            stage.show();
        }
    }
}

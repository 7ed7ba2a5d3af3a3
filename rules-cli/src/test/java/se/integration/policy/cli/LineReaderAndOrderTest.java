package se.integration.policy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.integration.policy.core.model.Limits;

/** The JSON-lines reader reads a block at a time, decodes each line on its own, and the parallel pipeline keeps input order. */
class LineReaderAndOrderTest {
    static List<String> lines(String text) {
        Inputs.LineReader r = new Inputs.LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String> out = new ArrayList<>();
        while (r.hasNext()) out.add(r.next() + (r.truncated ? "<cut>" : ""));
        return out;
    }

    @Test
    void linesAreSplitAtLineFeedsWithCarriageReturnsDroppedAndTheLastLineNeedsNoLineFeed() {
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n")).containsExactly("");
        assertThat(lines("a\nb")).containsExactly("a", "b");
        assertThat(lines("a\r\n\r\nb\n")).containsExactly("a", "", "b");
    }

    @Test
    void linesLongerThanABlockAreReadWholeAndLinesLongerThanTheLimitAreCutAndMarked() {
        String longLine = "x".repeat(3 * Inputs.LineReader.BLOCK + 17);
        assertThat(lines("a\n" + longLine + "\nb")).containsExactly("a", longLine, "b");
        String tooLong = "y".repeat(Limits.MAX_DOCUMENT_BYTES + 5);
        assertThat(lines(tooLong + "\nz")).containsExactly("<cut>", "z");
    }

    @Test
    void aLineThatIsNotUtf8IsMarkedAndTheLinesAfterItAreRead() {
        byte[] bytes = {'a', '\n', (byte) 0xC3, (byte) 0x28, '\n', 'b'};
        Inputs.LineReader r = new Inputs.LineReader(new ByteArrayInputStream(bytes));
        List<String> seen = new ArrayList<>();
        while (r.hasNext()) {
            String line = r.next();
            seen.add(r.badEncoding ? "<bad>" : line);
        }
        assertThat(seen).containsExactly("a", "<bad>", "b");
    }

    @Test
    void aLineThatStraddlesTwoBlocksIsDecodedWholeEvenWhenACharacterIsSplitBetweenThem() {
        // "ö" is two bytes; put its first byte last in the first block
        String head = "x".repeat(Inputs.LineReader.BLOCK - 1);
        String text = head + "ö" + "y\nå";
        assertThat(lines(text)).containsExactly(head + "öy", "å");
    }

    @Test
    void theLimitIsCountedInBytesNotCharacters() {
        String twoByteChars = "é".repeat(Limits.MAX_DOCUMENT_BYTES / 2);
        assertThat(lines(twoByteChars + "\nz")).containsExactly(twoByteChars, "z");
        assertThat(lines(twoByteChars + "é\nz")).containsExactly("<cut>", "z");
    }

    @Test
    void resultsAreHandedOnInInputOrderWhateverTheThreadsFinishFirst() {
        List<Integer> handedOn = new ArrayList<>();
        int n = 10_000;
        try (OrderedParallel<Integer, Integer> p = new OrderedParallel<>(4, i -> {
            if (i % 7 == 0) Thread.onSpinWait();
            return i * 2;
        }, (i, r) -> {
            assertThat(r).isEqualTo(i * 2);
            handedOn.add(i);
        }, i -> 100)) {
            for (int i = 0; i < n; i++) p.accept(i);
            p.finish();
        }
        assertThat(handedOn).hasSize(n).isSorted();
    }
}

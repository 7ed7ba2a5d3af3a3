package se.integration.policy.core.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicBoolean;
import se.integration.policy.core.internal.read.ReadCases;

/**
 * How a case the reader produced is recognisably checked, so that {@code PolicyEngine.evaluate} does not check it a
 * second time, while a case built in Java still is.
 *
 * <p>A record cannot carry a hidden field, and a component would be public (anyone could set it). So the mark is the
 * class of one list every case kind has and its compact constructor always copies ({@code attachments},
 * {@code keyFigures}, {@code reportBacks}): the reader builds its case with a {@link ReadList}, which a constructor
 * keeps instead of copying only once. A {@code ReadList} taken from a case read and handed to a new case (with other,
 * unchecked, fields) is copied like any list, so the new case carries no mark and is checked. The mark costs one list
 * and one flag per case, nothing per engine. Equality, hashing, JSON and the rules see an ordinary unmodifiable list.
 */
final class ReadMark {
    static {
        ReadCases.install(new ReadCases.Marks() {
            @Override public PolicyCase mark(PolicyCase c) { return ReadMark.mark(c); }
            @Override public boolean isRead(PolicyCase c) { return ReadMark.isRead(c); }
        });
    }

    private ReadMark() {}

    /** The list that marks each kind of case, by the record component's name. */
    private static final Map<Class<?>, String> MARKED = Map.of(GrantApplication.class, "attachments",
            ActionPlan.class, "keyFigures", Allocation.class, "reportBacks");

    /** An unmodifiable list that one case, and only one, adopts as its own. */
    static final class ReadList<E> extends AbstractList<E> implements RandomAccess {
        private final List<E> items;
        private final AtomicBoolean adopted = new AtomicBoolean();

        ReadList(List<E> items) { this.items = items == null ? List.of() : List.copyOf(items); }

        /** {@return true the first time only: the case being constructed may keep this list as its mark} */
        boolean adopt() { return adopted.compareAndSet(false, true); }

        @Override public E get(int index) { return items.get(index); }

        @Override public int size() { return items.size(); }
    }

    /** A case kind's record components, canonical constructor and the index of its marking list: looked up once per kind. */
    private record Shape(RecordComponent[] components, Constructor<?> canonical, int marked) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override protected Shape computeValue(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            int marked = -1;
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                if (rc[i].getName().equals(MARKED.get(type))) marked = i;
            }
            try {
                return new Shape(rc, type.getDeclaredConstructor(types), marked);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a case read could not be marked as read", e);
            }
        }
    };

    /** {@return the case, again, with its marking list a fresh {@link ReadList}} */
    static PolicyCase mark(PolicyCase c) {
        Shape shape = SHAPES.get(c.getClass());
        Object[] args = new Object[shape.components().length];
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = shape.components()[i].getAccessor().invoke(c);
                if (i == shape.marked()) args[i] = new ReadList<>((List<?>) args[i]);
            }
            return (PolicyCase) shape.canonical().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a case read could not be marked as read", e);
        }
    }

    /** {@return whether the reader produced this case (and so checked it)} */
    static boolean isRead(PolicyCase c) {
        if (c instanceof GrantApplication g) return g.attachments() instanceof ReadList;
        if (c instanceof ActionPlan a) return a.keyFigures() instanceof ReadList;
        if (c instanceof Allocation a) return a.reportBacks() instanceof ReadList;
        return false;
    }
}

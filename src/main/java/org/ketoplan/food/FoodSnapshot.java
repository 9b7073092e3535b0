package org.ketoplan.food;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ketoplan.nutrition.Nutrient;
import org.ketoplan.nutrition.Nutrients;

/**
 * The shipped foods compiled at build time into one compact binary file inside the jar
 * ({@code /foods/shipped.bin}), so that a command does not parse 8,900 CSV rows and a YAML file each time it
 * starts. The CSV and YAML files under {@code foods/} stay the source of truth: the snapshot records the checksum
 * of those files and is ignored (they are parsed instead) when it does not match, e.g. after an edit in an IDE
 * that copied the files without rebuilding the snapshot.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic "KPFS", format version, source checksum, food count,
 * then per food: id, name, group, basis, source, note, the place it was read from, a bit mask of the known
 * nutrients followed by their amounts, the household measures, and the allergen groups (a bit mask, then 1 when
 * the list is complete), so that the groups cost nothing at start-up either.
 */
public final class FoodSnapshot {
    /** The snapshot's name inside the jar's {@code /foods/} folder. */
    public static final String NAME = "shipped.bin";
    private static final int MAGIC = 0x4B504653; // "KPFS"
    private static final int VERSION = 2;
    private static final Allergen[] ALLERGENS = Allergen.values();
    private static final Nutrient[] NUTRIENTS = Nutrient.values();

    private FoodSnapshot() {
    }

    /**
     * Writes the snapshot of the shipped foods into a folder: the build calls this with
     * {@code target/classes/foods} after the resources are copied.
     *
     * @param args the folder holding the copied food files
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: FoodSnapshot FOLDER (the folder with usda-sr24.csv)");
        }
        Path dir = Path.of(args[0]);
        FoodDatabases.Sources sources = FoodDatabases.Sources.read(name -> Files.newInputStream(dir.resolve(name)));
        List<FoodDatabases.Placed> foods = sources.parse();
        try (OutputStream out = Files.newOutputStream(dir.resolve(NAME))) {
            write(sources.checksum(), foods, out);
        }
    }

    static void write(long checksum, List<FoodDatabases.Placed> foods, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(checksum);
        out.writeInt(foods.size());
        for (FoodDatabases.Placed p : foods) {
            Food f = p.food();
            out.writeUTF(f.id());
            out.writeUTF(f.name());
            out.writeUTF(f.group());
            out.writeByte(f.basis().ordinal());
            out.writeUTF(f.source());
            out.writeUTF(f.note());
            out.writeUTF(p.place());
            Map<Nutrient, Double> known = f.per100().known();
            long mask = 0;
            for (Nutrient n : known.keySet()) {
                mask |= 1L << n.ordinal();
            }
            out.writeLong(mask);
            for (double v : known.values()) {
                out.writeDouble(v);
            }
            out.writeShort(f.measures().size());
            for (HouseholdMeasure m : f.measures()) {
                out.writeDouble(m.amount());
                out.writeUTF(m.name());
                out.writeDouble(m.grams());
            }
            int groups = 0;
            for (Allergen a : f.allergens().groups()) {
                groups |= 1 << a.ordinal();
            }
            out.writeInt(groups);
            out.writeBoolean(f.allergens().complete());
        }
        out.flush();
    }

    /**
     * Reads a snapshot, or returns null when it was made from other source files than those with
     * {@code checksum} (or is of another format version).
     */
    static List<FoodDatabases.Placed> read(InputStream source, long checksum) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readLong() != checksum) {
            return null;
        }
        int count = in.readInt();
        Basis[] bases = Basis.values();
        List<FoodDatabases.Placed> foods = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readUTF();
            String name = in.readUTF();
            String group = in.readUTF();
            Basis basis = bases[in.readByte()];
            String src = in.readUTF();
            String note = in.readUTF();
            String place = in.readUTF();
            long mask = in.readLong();
            Nutrients.Builder b = Nutrients.builder();
            for (Nutrient n : NUTRIENTS) {
                if ((mask & (1L << n.ordinal())) != 0) {
                    b.set(n, in.readDouble());
                }
            }
            int measures = in.readShort();
            List<HouseholdMeasure> ms = new ArrayList<>(measures);
            for (int m = 0; m < measures; m++) {
                ms.add(new HouseholdMeasure(in.readDouble(), in.readUTF(), in.readDouble()));
            }
            int groups = in.readInt();
            java.util.EnumSet<Allergen> set = java.util.EnumSet.noneOf(Allergen.class);
            for (Allergen a : ALLERGENS) {
                if ((groups & (1 << a.ordinal())) != 0) {
                    set.add(a);
                }
            }
            Allergens allergens = new Allergens(set, in.readBoolean());
            foods.add(new FoodDatabases.Placed(new Food(id, name, group, basis, b.build(), ms, src, note, allergens),
                    place));
        }
        return foods;
    }
}

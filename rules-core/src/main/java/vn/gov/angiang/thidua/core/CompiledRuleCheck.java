package vn.gov.angiang.thidua.core;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's boundary: reads every class Drools generated from the rule files and refuses anything
 * that could reach outside one evaluation. A call, field or constructor is admitted only when the
 * {@link AllowList} lists it or it belongs to another generated class (whose code is checked too).
 * Refused besides: loops (a backward jump), recursion among generated methods, {@code synchronized},
 * local and anonymous classes, static fields that can change, method-handle constants, and BigDecimal
 * numbers that are not literals of a bounded size. What the check sees is the compiled code, so no
 * spelling of the source (unicode escapes, spaces, comments) can hide a call from it.
 */
final class CompiledRuleCheck {

    /** The generated class that comes from our kmodule.xml, not from a rule file, starts with this name. */
    static final String PROJECT_MODEL = "org/drools/project/model/ProjectModel";
    private static final String BIG_DECIMAL = "java/math/BigDecimal";
    private static final String FUNCTIONS = "vn/gov/angiang/thidua/vocabulary/Functions";
    private static final String EVALUATION_UTIL = "org/drools/modelcompiler/util/EvaluationUtil";
    private static final Set<String> SUPERCLASSES = Set.of("java/lang/Object", "java/lang/Enum");
    /** The largest array rule code may create, with its size written as a number: a list of written values. */
    static final int MAX_ARRAY = 256;
    /** What {@code +} may turn into text: values whose text is short and the same in every run. */
    private static final Set<String> TEXT_VALUES = Set.of("Ljava/lang/String;", "Ljava/lang/Integer;",
            "Ljava/lang/Long;", "Ljava/lang/Boolean;", "Ljava/lang/Character;", "Ljava/math/BigDecimal;",
            "Ljava/time/LocalDate;", "Ljava/lang/CharSequence;");
    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants");

    /**
     * One refused construct. {@code token} is the name to look for in the DRL text (a method, a field,
     * a class), or null; the message is given in Vietnamese and English.
     */
    record Finding(String className, String method, String token, String vi, String en) {
    }

    /** What the check learnt besides: per generated class, the constants of the methods that use it. */
    record Result(List<Finding> findings, Map<String, List<String>> constantsOfUsers) {
    }

    private final AllowList allow = AllowList.get();
    private final Map<String, ClassReader> classes;
    private final Map<String, String> superOf = new HashMap<>();
    private final Set<String> declared = new HashSet<>();
    private final Map<String, Set<String>> calls = new LinkedHashMap<>();
    private final Map<String, List<String>> constantsOfUsers = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private CompiledRuleCheck(Map<String, byte[]> classes) {
        this.classes = new LinkedHashMap<>();
        classes.forEach((name, bytes) -> this.classes.put(name, new ClassReader(bytes)));
    }

    /** Checks the classes of a compiled rule set (internal name → class file). */
    static Result check(Map<String, byte[]> classes) {
        CompiledRuleCheck c = new CompiledRuleCheck(classes);
        c.run();
        return new Result(List.copyOf(c.findings), c.constantsOfUsers);
    }

    private void run() {
        for (ClassReader r : classes.values()) {
            superOf.put(r.getClassName(), r.getSuperName());
            r.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    declared.add(r.getClassName() + "." + name + descriptor);
                    return null;
                }
            }, ClassReader.SKIP_CODE);
        }
        for (ClassReader r : classes.values()) {
            if (!isProjectModel(r.getClassName())) {
                r.accept(new ClassCheck(r.getClassName()), 0);
            }
        }
        findRecursion();
    }

    /** The project model is made from our kmodule.xml; no rule file can be in its package (see RuleFileCheck). */
    static boolean isProjectModel(String internalName) {
        return internalName.startsWith(PROJECT_MODEL) && internalName.indexOf('/', PROJECT_MODEL.length()) < 0;
    }

    private boolean generated(String owner) {
        return classes.containsKey(owner);
    }

    private void refuse(String cls, String method, String token, String vi, String en) {
        findings.add(new Finding(cls, method, token, vi, en));
    }

    /** The generated method a call lands on, or null when it lands outside the generated classes. */
    private String declaredIn(String owner, String name, String descriptor) {
        for (String c = owner; c != null && generated(c); c = superOf.get(c)) {
            if (declared.contains(c + "." + name + descriptor)) {
                return c + "." + name + descriptor;
            }
        }
        return null;
    }

    /** The first class above {@code owner} that is not generated (where an inherited member comes from). */
    private String firstOutside(String owner) {
        String c = owner;
        while (c != null && generated(c)) {
            c = superOf.get(c);
        }
        return c == null ? "java/lang/Object" : c;
    }

    /** A cycle in the call graph of generated methods (recursion), found without recursing: chains may be long. */
    private void findRecursion() {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the path, 2 = done
        for (String start : calls.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            List<java.util.Iterator<String>> next = new ArrayList<>();
            path.add(start);
            next.add(calls.getOrDefault(start, Set.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<String> it = next.get(next.size() - 1);
                if (!it.hasNext()) {
                    state.put(path.remove(path.size() - 1), 2);
                    next.remove(next.size() - 1);
                    continue;
                }
                String callee = it.next();
                Integer s = state.get(callee);
                if (s != null && s == 1) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(callee), path.size()));
                    String first = cycle.get(0);
                    String cls = first.substring(0, first.indexOf('.'));
                    String method = first.substring(first.indexOf('.') + 1, first.indexOf('('));
                    refuse(cls, method, method, "hàm gọi lại chính nó (đệ quy): " + names(cycle)
                                    + " — quy tắc không được dùng đệ quy, vì có thể chạy mãi không dừng",
                            "a function calls itself (recursion): " + names(cycle)
                                    + " — rules may not recurse, which could run without end");
                    return;
                }
                if (s == null) {
                    state.put(callee, 1);
                    path.add(callee);
                    next.add(calls.getOrDefault(callee, Set.of()).iterator());
                }
            }
        }
    }

    private static String names(List<String> methods) {
        List<String> names = new ArrayList<>();
        for (String m : methods) {
            names.add(m.substring(m.indexOf('.') + 1, m.indexOf('(')));
        }
        names.add(names.get(0));
        return String.join(" → ", names);
    }

    /** A type {@code +} may join into a text: a primitive, a value of {@link #TEXT_VALUES}, an enum of the vocabulary. */
    private static boolean textValue(org.objectweb.asm.Type t) {
        if (t.getSort() != org.objectweb.asm.Type.OBJECT) {
            return t.getSort() != org.objectweb.asm.Type.ARRAY;
        }
        if (TEXT_VALUES.contains(t.getDescriptor())) {
            return true;
        }
        try {
            return Class.forName(t.getClassName(), false, CompiledRuleCheck.class.getClassLoader()).isEnum();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static String simple(String internalName) {
        String s = internalName.substring(internalName.lastIndexOf('/') + 1);
        return s.substring(s.lastIndexOf('$') + 1);
    }

    private static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    /** True for a numeric literal small enough that sums of it stay cheap: see {@code Functions.points}. */
    static boolean boundedNumber(String text) {
        try {
            BigDecimal d = new BigDecimal(text.strip());
            return d.scale() <= vn.gov.angiang.thidua.vocabulary.Functions.MAX_SCALE
                    && d.precision() - d.scale() <= vn.gov.angiang.thidua.vocabulary.Functions.MAX_INTEGER_DIGITS;
        } catch (NumberFormatException e) {
            return true; // not a number at all: points(...) says so when it runs
        }
    }

    private final class ClassCheck extends ClassVisitor {
        private final String cls;
        /** An enum's values() copies its constants into an array of their number: the one array of a computed size. */
        private boolean enumClass;

        ClassCheck(String cls) {
            super(Opcodes.ASM9);
            this.cls = cls;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            enumClass = "java/lang/Enum".equals(superName);
            if (superName != null && !SUPERCLASSES.contains(superName) && !generated(superName)) {
                refuse(cls, null, simple(superName), "kiểu dữ kiện không được kế thừa " + dotted(superName),
                        "a declared type may not extend " + dotted(superName));
            }
            for (String i : interfaces) {
                if (!generated(i) && !i.startsWith("org/drools/model/") && !i.equals("java/io/Serializable")) {
                    refuse(cls, null, simple(i), "kiểu dữ kiện không được cài đặt " + dotted(i),
                            "a declared type may not implement " + dotted(i));
                }
            }
        }

        @Override
        public void visitOuterClass(String owner, String name, String descriptor) {
            refuse(cls, name, "class", "không được khai báo lớp cục bộ hay lớp vô danh trong hàm hoặc quy tắc",
                    "local and anonymous classes are not allowed in functions and rules");
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if ((access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_FINAL) == 0) {
                refuse(cls, null, name, "trường tĩnh '" + name + "' giữ trạng thái từ hồ sơ này sang hồ sơ khác",
                        "the static field '" + name + "' would carry state from one dossier to the next");
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse(cls, name, "synchronized", "không được dùng synchronized", "synchronized is not allowed");
            }
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                refuse(cls, name, name, "không được dùng mã native", "native code is not allowed");
            }
            return new MethodCheck(cls, name, descriptor, enumClass && name.equals("values") && descriptor.startsWith("()["));
        }
    }

    private final class MethodCheck extends MethodVisitor {
        private final String cls;
        private final String method;
        private final String key;
        private final Set<Label> seen = new HashSet<>();
        private final Set<String> callees = new HashSet<>();
        private final List<String> constants = new ArrayList<>();
        private final Set<String> uses = new HashSet<>();
        /** The string pushed by the instruction just before, if it was a constant. */
        private String lastLiteral;
        private final boolean enumValues;

        MethodCheck(String cls, String method, String descriptor, boolean enumValues) {
            super(Opcodes.ASM9);
            this.cls = cls;
            this.method = method;
            this.key = cls + "." + method + descriptor;
            this.enumValues = enumValues;
        }

        private void refuseCall(String owner, String name, String what) {
            String token = owner.startsWith("java/util/regex/") ? "matches|" + name
                    : owner.startsWith("org/drools/modelcompiler/consequence/") || owner.startsWith("org/drools/core/")
                    || owner.startsWith("org/kie/api/runtime/rule/") ? "kcontext|drools|" + name
                    : name.equals("<init>") ? simple(owner) : name;
            refuse(cls, method, token, "quy tắc không được dùng " + what + " (ngoài từ vựng của bộ quy tắc)",
                    "rules may not use " + what + " (outside the rule vocabulary)");
        }

        private void call(String owner, String name, String descriptor, boolean literalArgument) {
            if (owner.startsWith("[")) { // an array's clone(), as in the values() of a generated enum
                if (!name.equals("clone")) {
                    refuseCall(owner, name, "the array method " + name);
                }
                return;
            }
            String target = declaredIn(owner, name, descriptor);
            if (target != null) {
                callees.add(target);
                return;
            }
            String from = generated(owner) ? firstOutside(owner) : owner;
            if (!allow.admits(from, name, descriptor)) {
                refuseCall(from, name, dotted(from) + (name.equals("<init>") ? " (new)" : "." + name));
                return;
            }
            if (owner.equals(BIG_DECIMAL) && name.equals("<init>") && !literalArgument) {
                refuse(cls, method, "BigDecimal", "số thập phân phải được viết sẵn trong quy tắc, ví dụ points(\"2.5\")",
                        "decimal numbers must be written in the rule, e.g. points(\"2.5\")");
            }
        }

        private void checkLiteral(String owner, String name) {
            boolean makesDecimal = (owner.equals(BIG_DECIMAL) && name.equals("<init>"))
                    || (owner.equals(FUNCTIONS) && name.equals("points"))
                    || (owner.equals(EVALUATION_UTIL) && name.equals("toBigDecimal"));
            if (makesDecimal && lastLiteral != null && !boundedNumber(lastLiteral)) {
                refuse(cls, method, lastLiteral, "số \"" + lastLiteral + "\" quá lớn hoặc quá nhiều chữ số thập phân"
                                + " (tối đa " + vn.gov.angiang.thidua.vocabulary.Functions.MAX_INTEGER_DIGITS
                                + " chữ số phần nguyên, " + vn.gov.angiang.thidua.vocabulary.Functions.MAX_SCALE
                                + " chữ số thập phân)",
                        "the number \"" + lastLiteral + "\" is too large or has too many decimals (at most "
                                + vn.gov.angiang.thidua.vocabulary.Functions.MAX_INTEGER_DIGITS + " digits before the point, "
                                + vn.gov.angiang.thidua.vocabulary.Functions.MAX_SCALE + " after)");
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            checkLiteral(owner, name);
            call(owner, name, descriptor, lastLiteral != null);
            lastLiteral = null;
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            lastLiteral = null;
            if (opcode == Opcodes.PUTSTATIC && !(method.equals("<clinit>") && owner.equals(cls))) {
                refuse(cls, method, name, "không được ghi vào trường tĩnh '" + name + "'",
                        "rules may not write the static field '" + name + "'");
                return;
            }
            if (generated(owner)) {
                if (opcode == Opcodes.GETSTATIC && !owner.equals(cls)) {
                    uses.add(owner);
                }
                return;
            }
            if (opcode == Opcodes.PUTFIELD || !allow.admits(owner, name, descriptor)) {
                refuseCall(owner, name, "the field " + dotted(owner) + "." + name);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            lastLiteral = null;
            if (!BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                refuseCall(bootstrap.getOwner(), bootstrap.getName(), "invokedynamic " + dotted(bootstrap.getOwner()));
                return;
            }
            if (name.equals("makeConcatWithConstants")) {
                for (org.objectweb.asm.Type t : org.objectweb.asm.Type.getArgumentTypes(descriptor)) {
                    if (!textValue(t)) {
                        refuse(cls, method, "+", "chỉ được ghép vào văn bản: văn bản, số, ngày hay giá trị liệt kê, không"
                                        + " ghép " + simple(t.getInternalName()) + " (danh sách, bản ghi, đối tượng)",
                                "only texts, numbers, days and enumerated values may be joined into a text, not "
                                        + simple(t.getInternalName()) + " (a list, a record, an object)");
                    }
                }
            }
            for (Object a : arguments) {
                if (a instanceof Handle h) {
                    handle(h);
                }
            }
        }

        private void handle(Handle h) {
            switch (h.getTag()) {
                case Opcodes.H_GETFIELD, Opcodes.H_GETSTATIC, Opcodes.H_PUTFIELD, Opcodes.H_PUTSTATIC ->
                        refuseCall(h.getOwner(), h.getName(), "a field handle " + dotted(h.getOwner()) + "." + h.getName());
                default -> {
                    if (generated(h.getOwner())) {
                        uses.add(h.getOwner());
                    }
                    call(h.getOwner(), h.getName(), h.getDesc(), false);
                }
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastLiteral = value instanceof String s ? s : value instanceof Number n ? n.toString() : null;
            if (value instanceof String s) {
                constants.add(s);
            }
            if (value instanceof Handle || value instanceof ConstantDynamic) {
                refuse(cls, method, null, "không được dùng hằng MethodHandle", "method-handle constants are not allowed");
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            if (opcode == Opcodes.NEWARRAY) {
                array();
            }
            lastLiteral = opcode == Opcodes.NEWARRAY ? null : Integer.toString(operand);
        }

        /** An array is created with the size just pushed: a written number, at most {@link #MAX_ARRAY}. */
        private void array() {
            Integer size = null;
            try {
                size = lastLiteral == null ? null : Integer.valueOf(lastLiteral);
            } catch (NumberFormatException e) {
                // not a size
            }
            if (!enumValues && (size == null || size > MAX_ARRAY)) {
                refuse(cls, method, "new", "mảng chỉ được tạo với số phần tử viết sẵn, tối đa " + MAX_ARRAY
                                + " (mảng lớn hay tính ra có thể chiếm hết bộ nhớ)",
                        "an array may be created only with a written size of at most " + MAX_ARRAY
                                + " (a large or computed size could fill the memory)");
            }
        }

        @Override
        public void visitInsn(int opcode) {
            lastLiteral = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 ? Integer.toString(opcode - Opcodes.ICONST_0)
                    : opcode == Opcodes.LCONST_0 || opcode == Opcodes.LCONST_1 ? Integer.toString(opcode - Opcodes.LCONST_0)
                    : opcode == Opcodes.DUP ? lastLiteral : null;
            if (opcode == Opcodes.MONITORENTER) {
                refuse(cls, method, "synchronized", "không được dùng synchronized", "synchronized is not allowed");
            }
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            lastLiteral = null;
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.ANEWARRAY) {
                array();
            } else if (opcode == Opcodes.NEW && type.equals("java/lang/Object")) {
                refuse(cls, method, "Object", "không được tạo new Object(): mã băm và văn bản của nó khác nhau mỗi lần chạy",
                        "new Object() is not allowed: its hash code and text differ from one run to the next");
            }
            lastLiteral = null;
        }

        @Override
        public void visitIincInsn(int varIndex, int increment) {
            lastLiteral = null;
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            lastLiteral = null;
            refuse(cls, method, "new", "không được tạo mảng nhiều chiều", "multi-dimensional arrays are not allowed");
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
        }

        private void jump(Label target) {
            lastLiteral = null;
            if (seen.contains(target)) {
                refuse(cls, method, "while|for|do", "quy tắc không được dùng vòng lặp (for, while, do): có thể chạy mãi không dừng",
                        "rules may not loop (for, while, do): a loop could run without end");
            }
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            jump(label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            jump(dflt);
            for (Label l : labels) {
                jump(l);
            }
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            jump(dflt);
            for (Label l : labels) {
                jump(l);
            }
        }

        @Override
        public void visitEnd() {
            calls.put(key, callees);
            for (String used : uses) {
                constantsOfUsers.computeIfAbsent(used, u -> new ArrayList<>()).addAll(constants);
            }
            constantsOfUsers.computeIfAbsent(cls + "." + method, u -> new ArrayList<>()).addAll(constants);
        }
    }
}

package vn.gov.angiang.thidua.core;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The bytes of a compiled rule set (an executable-model kjar): its generated classes read out for
 * {@link CompiledRuleCheck}, and written back with a {@link Budget#tick()} at the start of every
 * method that calls another generated method, so that every chain of calls (a consequence calling
 * functions calling functions) counts against the evaluation's budget — a method that calls none has no
 * loop (the check refuses loops) and costs at most its length, and it runs either for a step the engine
 * counts (a match, a firing) or for a caller that ticked —
 * with Drools' {@code EvaluationUtil.toBigDecimal} replaced by {@code Functions.toDecimal}, which
 * refuses a number too large to add up cheaply, and with every text a String method or {@code +} makes,
 * and every collection a factory makes, passed to {@link Budget} — so that no single JDK call a rule
 * makes can take long: texts stay short, and collections never nest (a list of itself twice, fifty
 * times over, would make {@code hashCode} visit 2^50 elements).
 */
final class Kjar {

    private static final String BUDGET = Budget.class.getName().replace('.', '/');
    private static final String EVALUATION_UTIL = "org/drools/modelcompiler/util/EvaluationUtil";
    private static final String FUNCTIONS = "vn/gov/angiang/thidua/vocabulary/Functions";
    private static final String PRICED = Priced.class.getName().replace('.', '/');
    /** Drools' classes generated code makes that are replaced by ours: the same work in an order that is the same in every run. */
    private static final Map<String, String> REPLACED = Map.of(
            "org/drools/core/base/accumulators/CollectSetAccumulateFunction", OrderedCollectSet.class.getName().replace('.', '/'));
    /** The types of what a call returns that are collections a rule made: capped and counted (see {@link Budget#flat}). */
    private static final java.util.Set<String> COLLECTIONS = java.util.Set.of(")Ljava/util/List;", ")Ljava/util/Set;",
            ")Ljava/util/Collection;");

    private final Map<String, byte[]> entries;

    private Kjar(Map<String, byte[]> entries) {
        this.entries = entries;
    }

    static Kjar read(byte[] kjar) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A compiled rule set that is not a kjar", e);
        }
        return new Kjar(entries);
    }

    /** The generated classes: internal name → class file. */
    Map<String, byte[]> classes() {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                classes.put(name.substring(0, name.length() - ".class".length()), bytes);
            }
        });
        return classes;
    }

    /**
     * The classes that hold the rule set's executable model, as Drools lists them in the kjar
     * ({@code META-INF/kie/…/drools-model}: a version line, then one class name a line).
     */
    java.util.List<String> modelClasses() {
        java.util.List<String> models = new java.util.ArrayList<>();
        entries.forEach((name, bytes) -> {
            if (name.startsWith("META-INF/kie/") && name.endsWith("/drools-model")) {
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).forEach(models::add);
            }
        });
        return models;
    }

    /** True when every generated method that calls another one starts with a tick (a kjar this class wrote). */
    boolean counted() {
        java.util.Set<String> generated = classes().keySet();
        for (Map.Entry<String, byte[]> c : classes().entrySet()) {
            if (!CompiledRuleCheck.isProjectModel(c.getKey()) && !startsWithTick(c.getValue(), callers(c.getValue(), generated))) {
                return false;
            }
        }
        return true;
    }

    /** The methods ("name" + descriptor) of a class that call a method of a generated class. */
    private static java.util.Set<String> callers(byte[] classFile, java.util.Set<String> generated) {
        java.util.Set<String> callers = new java.util.HashSet<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                String method = name + descriptor;
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                        if (generated.contains(owner)) {
                            callers.add(method);
                        }
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, org.objectweb.asm.Handle bsm, Object... args) {
                        for (Object a : args) {
                            if (a instanceof org.objectweb.asm.Handle h && generated.contains(h.getOwner())) {
                                callers.add(method);
                            }
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return callers;
    }

    /** What a method returns may be a collection or an array a {@code from} turns into matches. */
    private static boolean mayYieldMany(String descriptor) {
        String returned = descriptor.substring(descriptor.indexOf(')') + 1);
        return returned.startsWith("[") || returned.equals("Ljava/lang/Object;") || returned.equals("Ljava/util/List;")
                || returned.equals("Ljava/util/Collection;") || returned.equals("Ljava/util/Set;")
                || returned.equals("Ljava/lang/Iterable;");
    }

    /** The same kjar, each method of each class generated from the rule files that calls another starting with a tick. */
    byte[] withTicks() {
        java.util.Set<String> generated = classes().keySet();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                byte[] content = e.getValue();
                if (e.getKey().endsWith(".class")
                        && !CompiledRuleCheck.isProjectModel(e.getKey().substring(0, e.getKey().length() - 6))) {
                    content = tick(content, callers(content, generated));
                }
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(content);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] tick(byte[] classFile, java.util.Set<String> callers) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor mv = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (name.equals("<clinit>")) {
                    return mv;
                }
                boolean ticks = callers.contains(name + descriptor);
                boolean yields = mayYieldMany(descriptor);
                return new MethodVisitor(Opcodes.ASM9, mv) {
                    @Override
                    public void visitCode() {
                        super.visitCode();
                        if (ticks) {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "tick", "()V", false);
                        }
                    }

                    @Override
                    public void visitInsn(int opcode) {
                        if (opcode == Opcodes.ARETURN && yields) { // what a from or accumulate source yields is counted too
                            super.visitInsn(Opcodes.DUP);
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "yielded", "(Ljava/lang/Object;)V", false);
                        }
                        super.visitInsn(opcode);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                        if (owner.equals(EVALUATION_UTIL) && n.equals("toBigDecimal")) {
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, FUNCTIONS, "toDecimal", d, false);
                        } else if (opcode == Opcodes.INVOKESPECIAL && n.equals("<init>") && REPLACED.containsKey(owner)) {
                            super.visitMethodInsn(opcode, REPLACED.get(owner), n, d, itf);
                        } else if (!owner.equals(PRICED) && !owner.startsWith("[")
                                && AllowList.get().cost(owner, n, d) == AllowList.Cost.PRICED) {
                            // the same call, made by Priced, which charges the budget before the work
                            String routed = opcode == Opcodes.INVOKESTATIC ? d : "(L" + owner + ";" + d.substring(1);
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, PRICED, n, routed, false);
                        } else {
                            super.visitMethodInsn(opcode, owner, n, d, itf);
                        }
                        if (owner.equals("java/lang/String") && d.endsWith(")Ljava/lang/String;")) {
                            checkText();
                        } else if (!owner.equals(BUDGET) && COLLECTIONS.stream().anyMatch(d::endsWith)
                                && !n.equals("<init>")) {
                            super.visitInsn(Opcodes.DUP);
                            super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "flat", "(Ljava/lang/Object;)V", false);
                        }
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        super.visitTypeInsn(opcode, opcode == Opcodes.NEW ? REPLACED.getOrDefault(type, type) : type);
                    }

                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, org.objectweb.asm.Handle bsm, Object... args) {
                        for (int i = 0; i < args.length; i++) {
                            if (args[i] instanceof org.objectweb.asm.Handle h && h.getName().equals("<init>")
                                    && REPLACED.containsKey(h.getOwner())) {
                                args[i] = new org.objectweb.asm.Handle(h.getTag(), REPLACED.get(h.getOwner()), h.getName(),
                                        h.getDesc(), h.isInterface());
                            }
                        }
                        super.visitInvokeDynamicInsn(n, d, bsm, args);
                        if (n.equals("makeConcatWithConstants")) {
                            checkText();
                        }
                    }

                    /** The text just made (on the stack) is counted and capped: see {@link Budget#text}. */
                    private void checkText() {
                        super.visitInsn(Opcodes.DUP);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, BUDGET, "text", "(Ljava/lang/String;)V", false);
                    }
                };
            }
        }, 0);
        return writer.toByteArray();
    }

    private static boolean startsWithTick(byte[] classFile, java.util.Set<String> callers) {
        boolean[] all = {true};
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                if (name.equals("<clinit>") || (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
                        || !callers.contains(name + descriptor)) {
                    return null;
                }
                return new MethodVisitor(Opcodes.ASM9) {
                    private boolean first = true;

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String n, String d, boolean itf) {
                        if (first && !(owner.equals(BUDGET) && n.equals("tick"))) {
                            all[0] = false;
                        }
                        first = false;
                    }

                    @Override
                    public void visitInsn(int opcode) {
                        notFirst();
                    }

                    @Override
                    public void visitVarInsn(int opcode, int varIndex) {
                        notFirst();
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String n, String d) {
                        notFirst();
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        notFirst();
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        notFirst();
                    }

                    private void notFirst() {
                        if (first) {
                            all[0] = false;
                        }
                        first = false;
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return all[0];
    }
}

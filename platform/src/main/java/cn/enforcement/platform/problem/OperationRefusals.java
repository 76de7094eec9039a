package cn.enforcement.platform.problem;

import cn.enforcement.problem.ActRefusals;
import cn.enforcement.problem.ProblemType;
import cn.enforcement.problem.ReportsRefusals;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Which problem types each operation of a resource may answer, read from the bytecode of its method and of
 * everything it calls in the platform's own code ({@code cn.enforcement}), lambdas included: a refusal is
 * named by its enum constant, so reading the constants an operation reaches finds every refusal it can throw.
 * The documentation of an operation is built from this, so it cannot drift from the code.
 *
 * <p>What it cannot see: a call through an interface to an implementation chosen at run time (the platform's
 * domain calls concrete classes), and refusals of the request as a whole (authentication, body parsing,
 * idempotency) which every operation shares and which are documented once.
 */
public final class OperationRefusals {

    private static final String OWN_CODE = "cn/enforcement/";

    private final ClassLoader loader;
    private final Map<String, Optional<ClassCode>> classes = new HashMap<>();
    private final Map<Member, Set<ProblemType>> reached = new HashMap<>();

    public OperationRefusals(ClassLoader loader) {
        this.loader = loader;
    }

    /** operationId to the problem types its method may answer, for every method of the class with an {@link Operation}. */
    public Map<String, Set<ProblemType>> of(Class<?> resource) {
        Map<String, Set<ProblemType>> byOperation = new LinkedHashMap<>();
        for (Method method : resource.getDeclaredMethods()) {
            operationIdOf(method).ifPresent(id -> byOperation.put(id,
                    reachedFrom(new Member(Type.getInternalName(resource), method.getName(), Type.getMethodDescriptor(method)))));
        }
        return byOperation;
    }

    public static Optional<String> operationIdOf(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        return operation == null || operation.operationId().isEmpty() ? Optional.empty() : Optional.of(operation.operationId());
    }

    Set<ProblemType> reachedFrom(Member start) {
        Set<ProblemType> found = new TreeSet<>(Comparator.comparing(ProblemType::code));
        Set<Member> seen = new HashSet<>();
        Deque<Member> toRead = new ArrayDeque<>(Set.of(start));
        while (!toRead.isEmpty()) {
            Member method = toRead.pop();
            if (!seen.add(method)) {
                continue;
            }
            Set<ProblemType> known = reached.get(method);
            if (known != null) {
                found.addAll(known);
                continue;
            }
            read(method, found, toRead);
        }
        reached.put(start, Set.copyOf(found));
        return found;
    }

    private void read(Member method, Set<ProblemType> found, Deque<Member> toRead) {
        Optional<ClassCode> owner = classCode(method.owner());
        if (owner.isEmpty() || owner.get().isProblemType()) {
            return;
        }
        MethodCode code = owner.get().methods().get(method.name() + method.descriptor());
        if (owner.get().reportingOnly().contains(method.name() + method.descriptor())) {
            return;
        }
        if (code == null) {
            // inherited: read it where it is declared
            owner.get().supertypes().forEach(type -> toRead.push(new Member(type, method.name(), method.descriptor())));
            return;
        }
        code.constants().forEach(constant -> {
            problemType(constant).ifPresent(found::add);
            found.addAll(actRefusals(constant));
        });
        code.callees().forEach(toRead::push);
    }

    private Optional<ProblemType> problemType(Member constant) {
        if (classCode(constant.owner()).filter(ClassCode::isProblemType).isEmpty()) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(constant.owner().replace('/', '.'), false, loader);
            return Optional.of((ProblemType) type.getField(constant.name()).get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("problem type " + constant + " cannot be read", e);
        }
    }

    /** The refusals of an act named by a constant whose type declares them ({@link ActRefusals}). */
    private Set<ProblemType> actRefusals(Member constant) {
        if (classCode(constant.owner()).filter(ClassCode::declaresActRefusals).isEmpty()) {
            return Set.of();
        }
        try {
            Field field = Class.forName(constant.owner().replace('/', '.'), false, loader).getDeclaredField(constant.name());
            return field.isEnumConstant() ? Set.copyOf(((ActRefusals) field.get(null)).refusals()) : Set.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("act " + constant + " cannot be read", e);
        }
    }

    private Optional<ClassCode> classCode(String internalName) {
        return classes.computeIfAbsent(internalName, name -> {
            try (InputStream in = loader.getResourceAsStream(name + ".class")) {
                return in == null ? Optional.empty() : Optional.of(ClassCode.of(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A method, or (in {@link MethodCode#constants}) a static field, by its owner, name and descriptor. */
    record Member(String owner, String name, String descriptor) {
    }

    /** What a method's code refers to: the static fields of the platform's classes it reads, and the methods it calls. */
    private record MethodCode(List<Member> constants, List<Member> callees) {
    }

    /**
     * A class's methods, its supertypes, whether it is a problem type or declares its constants' refusals, and its
     * methods that only report refusals ({@link ReportsRefusals}).
     */
    private record ClassCode(Map<String, MethodCode> methods, Set<String> supertypes, boolean isProblemType, boolean declaresActRefusals,
            Set<String> reportingOnly) {

        static ClassCode of(byte[] bytes) {
            ClassReader reader = new ClassReader(bytes);
            Map<String, MethodCode> methods = new HashMap<>();
            Set<String> reportingOnly = new HashSet<>();
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    MethodCode code = new MethodCode(new ArrayList<>(), new ArrayList<>());
                    if ((access & Opcodes.ACC_ABSTRACT) == 0) {
                        methods.put(name + descriptor, code);
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                            if (annotation.equals(Type.getDescriptor(ReportsRefusals.class))) {
                                reportingOnly.add(name + descriptor);
                            }
                            return null;
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                            if (opcode == Opcodes.GETSTATIC && owner.startsWith(OWN_CODE)) {
                                code.constants().add(new Member(owner, field, fieldDescriptor));
                            }
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String callee, String calleeDescriptor, boolean itf) {
                            if (owner.startsWith(OWN_CODE)) {
                                code.callees().add(new Member(owner, callee, calleeDescriptor));
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                            for (Object argument : arguments) {
                                if (argument instanceof Handle lambda && lambda.getOwner().startsWith(OWN_CODE)) {
                                    code.callees().add(new Member(lambda.getOwner(), lambda.getName(), lambda.getDesc()));
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            Set<String> supertypes = new HashSet<>(Set.of(reader.getInterfaces()));
            if (reader.getSuperName() != null) {
                supertypes.add(reader.getSuperName());
            }
            return new ClassCode(methods, supertypes, supertypes.contains(Type.getInternalName(ProblemType.class)),
                    supertypes.contains(Type.getInternalName(ActRefusals.class)), reportingOnly);
        }
    }
}

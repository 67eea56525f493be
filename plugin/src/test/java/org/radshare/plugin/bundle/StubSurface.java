/*
 * Copyright 2026 the RadShare authors
 * SPDX-License-Identifier: Apache-2.0
 */
package org.radshare.plugin.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Which stub members the plugin's byte code needs. A member counts as needed when the plugin calls
 * or reads it, overrides or implements it, or when it is part of the contract of a stub interface
 * the plugin implements (Weasis calls those on the plugin's objects), or is a stub class's concrete
 * implementation of such a contract method (so the plugin's subclasses are concrete).
 */
final class StubSurface {

  /** One class as ASM sees it. */
  record ClassInfo(
      String name,
      String superName,
      List<String> interfaces,
      int access,
      Map<String, Integer> members) {
    boolean isInterface() {
      return (access & Opcodes.ACC_INTERFACE) != 0;
    }
  }

  private final Map<String, ClassInfo> stubs;
  private final Map<String, ClassInfo> plugin = new HashMap<>();
  private final Set<String> referencedTypes = new HashSet<>();
  private final List<String[]> references = new ArrayList<>();

  private StubSurface(Map<String, ClassInfo> stubs) {
    this.stubs = stubs;
  }

  static StubSurface of(Path stubClasses, Path pluginClasses) throws IOException {
    Map<String, ClassInfo> stubs = new HashMap<>();
    for (byte[] bytes : classFiles(stubClasses)) {
      ClassInfo info = read(bytes, null);
      stubs.put(info.name(), info);
    }
    StubSurface surface = new StubSurface(stubs);
    for (byte[] bytes : classFiles(pluginClasses)) {
      ClassInfo info = read(bytes, surface);
      surface.plugin.put(info.name(), info);
    }
    return surface;
  }

  /** Every stub type and member ("Type" or "Type#name+descriptor") the plugin does not need. */
  Set<String> unused() {
    Set<String> used = new HashSet<>();
    for (String[] ref : references) {
      resolve(ref[0], ref[1] + ref[2]).ifPresent(used::add);
    }
    Set<String> contracts = new HashSet<>();
    for (ClassInfo c : plugin.values()) {
      for (String member : c.members().keySet()) {
        for (String type : stubSupertypes(c.name())) {
          if (stubs.get(type).members().containsKey(member)) {
            used.add(type + "#" + member);
          }
        }
      }
      for (String type : stubSupertypes(c.name())) {
        if (stubs.get(type).isInterface()) {
          contracts.add(type);
        }
      }
    }
    Set<String> contractMembers = new HashSet<>();
    for (String type : contracts) {
      stubs.get(type).members().keySet().forEach(m -> contractMembers.add(m));
      stubs.get(type).members().keySet().forEach(m -> used.add(type + "#" + m));
    }
    Set<String> usedTypes = new HashSet<>();
    for (String t : referencedTypes) {
      if (stubs.containsKey(t)) {
        usedTypes.add(t);
        usedTypes.addAll(stubSupertypes(t));
      }
    }
    for (ClassInfo c : plugin.values()) {
      usedTypes.addAll(stubSupertypes(c.name()));
    }
    Set<String> unused = new TreeSet<>();
    for (ClassInfo s : stubs.values()) {
      boolean nested = s.name().contains("$");
      if (!usedTypes.contains(s.name()) && !(nested && usedTypes.contains(outer(s.name())))) {
        unused.add(s.name());
      }
      boolean isEnum = (s.access() & Opcodes.ACC_ENUM) != 0;
      for (Map.Entry<String, Integer> m : s.members().entrySet()) {
        String member = m.getKey();
        boolean exempt =
            member.startsWith("<init>()")
                || member.startsWith("<clinit>")
                || (m.getValue() & Opcodes.ACC_SYNTHETIC) != 0
                || isEnum; // constants, values(), valueOf(): the ordinals must match upstream
        boolean structural =
            contractMembers.contains(member)
                && (m.getValue() & Opcodes.ACC_ABSTRACT) == 0
                && usedTypes.contains(s.name());
        if (!exempt && !structural && !used.contains(s.name() + "#" + member)) {
          unused.add(s.name() + "#" + member);
        }
      }
    }
    return unused;
  }

  private java.util.Optional<String> resolve(String owner, String member) {
    Deque<String> todo = new ArrayDeque<>();
    todo.add(owner);
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      ClassInfo info = stubs.containsKey(type) ? stubs.get(type) : plugin.get(type);
      if (info == null) {
        continue;
      }
      if (stubs.containsKey(type) && info.members().containsKey(member)) {
        return java.util.Optional.of(type + "#" + member);
      }
      if (info.superName() != null) {
        todo.add(info.superName());
      }
      todo.addAll(info.interfaces());
    }
    return java.util.Optional.empty();
  }

  private Set<String> stubSupertypes(String type) {
    Set<String> out = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      ClassInfo info =
          stubs.containsKey(todo.peek()) ? stubs.get(todo.peek()) : plugin.get(todo.peek());
      String current = todo.poll();
      if (stubs.containsKey(current)) {
        out.add(current);
      }
      if (info != null) {
        if (info.superName() != null) {
          todo.add(info.superName());
        }
        todo.addAll(info.interfaces());
      }
    }
    return out;
  }

  private static String outer(String nested) {
    return nested.substring(0, nested.indexOf('$'));
  }

  private void type(Type t) {
    switch (t.getSort()) {
      case Type.ARRAY -> type(t.getElementType());
      case Type.OBJECT -> referencedTypes.add(t.getInternalName());
      case Type.METHOD -> {
        type(t.getReturnType());
        for (Type a : t.getArgumentTypes()) {
          type(a);
        }
      }
      default -> {}
    }
  }

  private void reference(String owner, String name, String descriptor) {
    referencedTypes.add(owner);
    type(Type.getType(descriptor.startsWith(":") ? descriptor.substring(1) : descriptor));
    references.add(new String[] {owner, name, descriptor});
  }

  private static ClassInfo read(byte[] bytes, StubSurface collect) {
    ClassReader reader = new ClassReader(bytes);
    Map<String, Integer> members = new HashMap<>();
    String[] header = new String[2];
    List<String> interfaces = new ArrayList<>();
    int[] access = new int[1];
    reader.accept(
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public void visit(
              int version, int acc, String name, String sig, String sup, String[] itfs) {
            header[0] = name;
            header[1] = sup;
            access[0] = acc;
            interfaces.addAll(List.of(itfs));
          }

          @Override
          public FieldVisitor visitField(
              int acc, String name, String desc, String sig, Object value) {
            members.put(name + ":" + desc, acc);
            if (collect != null) {
              collect.type(Type.getType(desc));
            }
            return null;
          }

          @Override
          public MethodVisitor visitMethod(
              int acc, String name, String desc, String sig, String[] exceptions) {
            members.put(name + desc, acc);
            if (collect == null) {
              return null;
            }
            collect.type(Type.getMethodType(desc));
            return new MethodVisitor(Opcodes.ASM9) {
              @Override
              public void visitMethodInsn(
                  int op, String owner, String mName, String mDesc, boolean itf) {
                collect.reference(owner, mName, mDesc);
              }

              @Override
              public void visitFieldInsn(int op, String owner, String fName, String fDesc) {
                collect.reference(owner, fName, ":" + fDesc);
              }

              @Override
              public void visitTypeInsn(int op, String type) {
                collect.type(Type.getObjectType(type));
              }

              @Override
              public void visitLdcInsn(Object value) {
                if (value instanceof Type t) {
                  collect.type(t);
                }
              }

              @Override
              public void visitInvokeDynamicInsn(
                  String iName, String iDesc, Handle bsm, Object... args) {
                collect.type(Type.getMethodType(iDesc));
                for (Object arg : args) {
                  if (arg instanceof Handle h) {
                    collect.reference(
                        h.getOwner(),
                        h.getName(),
                        h.getTag() <= Opcodes.H_PUTSTATIC ? ":" + h.getDesc() : h.getDesc());
                  }
                }
              }
            };
          }
        },
        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    if (collect != null) {
      collect.referencedTypes.add(header[1]);
      collect.referencedTypes.addAll(interfaces);
    }
    return new ClassInfo(header[0], header[1], interfaces, access[0], members);
  }

  private static List<byte[]> classFiles(Path location) throws IOException {
    List<byte[]> out = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          if (!p.getFileName().toString().equals("module-info.class")) {
            out.add(Files.readAllBytes(p));
          }
        }
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (var e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
          try (InputStream in = jar.getInputStream(e)) {
            out.add(in.readAllBytes());
          }
        }
      }
    }
    return out;
  }
}

package org.waymark.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement the application sends, in order, for tests that hold a request to a number of statements
 * ({@code @Import(SqlStatementCounter.Configuration.class)}, then {@link #reset()}, the request, {@link #statements()}).
 * The data source is wrapped by a bean post-processor: a statement counts when it is prepared, or executed on a
 * plain {@link Statement}, on the thread that called {@link #reset()}.
 */
public class SqlStatementCounter {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private final List<String> statements = new ArrayList<>();
    private int commits;
    private Thread counted;

    /** Starts counting afresh, only the statements of this thread (a MockMvc request runs on it; scheduled jobs do not). */
    public synchronized void reset() {
        statements.clear();
        commits = 0;
        counted = Thread.currentThread();
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** How many times a transaction was committed on this thread since {@link #reset()} (statements in autocommit not counted). */
    public synchronized int commits() {
        return commits;
    }

    private synchronized void committed() {
        if (Thread.currentThread() == counted) {
            commits++;
        }
    }

    private synchronized void record(Object sql) {
        if (Thread.currentThread() != counted) {
            return;
        }
        statements.add(String.valueOf(sql));
    }

    DataSource counting(DataSource target) {
        return proxy(DataSource.class, target, (method, args, result) -> method.getName().equals("getConnection")
                ? proxy(Connection.class, result, (m, a, r) -> {
                    if (PREPARING.contains(m.getName())) {
                        record(a[0]);
                    } else if (m.getName().equals("commit")) {
                        committed();
                    } else if (m.getName().equals("createStatement")) {
                        return proxy(Statement.class, r, (sm, sa, sr) -> {
                            if (EXECUTING.contains(sm.getName()) && sa != null && sa.length > 0) {
                                record(sa[0]);
                            }
                            return sr;
                        });
                    }
                    return r;
                })
                : result);
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static SqlStatementCounter sqlStatementCounter() {
            return new SqlStatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(org.springframework.beans.factory.ObjectProvider<SqlStatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? counter.getObject().counting(dataSource) : bean;
                }
            };
        }
    }
}

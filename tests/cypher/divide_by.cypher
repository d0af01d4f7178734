// divide_by: 1 / $divisor (a query the server refuses when $divisor is 0; tests only).
RETURN 1 / $divisor AS quotient

-- The default catalogue of activity codes (a province may edit it). Names are templates activity.<code>.
INSERT INTO activity_type (code, category) VALUES
    (11, 'ADULT'),      -- attended a class at the community learning centre
    (12, 'ADULT'),      -- read books or newspapers
    (13, 'ADULT'),      -- followed an educational radio, TV or phone programme
    (14, 'ADULT'),      -- took part in a club, the cultural house or the library
    (15, 'ADULT'),      -- learned a farming or vocational technique
    (16, 'ADULT'),      -- literacy or language learning
    (17, 'ADULT'),      -- learned to use a phone, computer or the Internet
    (21, 'CHILD'),      -- a child attends school regularly
    (22, 'CHILD'),      -- a child received an award
    (23, 'CHILD'),      -- a child completed the school year
    (31, 'COMMUNITY'),  -- contributed to the study-promotion fund
    (32, 'COMMUNITY');  -- taught or helped someone else learn
